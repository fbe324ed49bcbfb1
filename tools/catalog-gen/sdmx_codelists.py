#!/usr/bin/env python3
"""Generate Catalog/classifications/sdmx/*.ttl: SDMX cross-domain code lists as SKOS schemes.

Source: the official SDMX-ML 2.1 samples in shared/sdmx/samples/v2_1/:
common/common.xml (CL_FREQ, CL_OBS_STATUS, CL_UNIT_MULT, CL_DECIMALS, CL_CONF_STATUS,
agency SDMX) and demography/demography.xml (CL_SEX, agency ESTAT). Codes and English
names are read from the XML; the French names below are Lodestat's translations.

Usage: python sdmx_codelists.py [--samples DIR] [--out DIR]
"""
import argparse
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from ttlkit import PREFIXES, ID, lit, iri, block  # noqa: E402

NS = {"s": "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/structure",
      "c": "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/common"}
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

WANTED = {"CL_FREQ": "common/common.xml", "CL_OBS_STATUS": "common/common.xml",
          "CL_UNIT_MULT": "common/common.xml", "CL_DECIMALS": "common/common.xml",
          "CL_CONF_STATUS": "common/common.xml", "CL_SEX": "demography/demography.xml"}

AGENCY = {"SDMX": "sdmx", "ESTAT": "eurostat"}

FR_NAMES = {
    "CL_FREQ": ("Liste de codes de la fréquence (FREQ)",
                "Elle fournit les valeurs indiquant la « fréquence » des données (par exemple mensuelle) et donc, indirectement, le type de référence temporelle utilisable pour identifier les données.",
                {"A": "Annuelle", "B": "Quotidienne – jours ouvrés", "D": "Quotidienne", "M": "Mensuelle",
                 "N": "À la minute", "Q": "Trimestrielle", "S": "Semestrielle", "W": "Hebdomadaire"}),
    "CL_OBS_STATUS": ("Statut de l'observation",
                      "Cette liste de codes fournit une information codée sur le « statut » d'une observation (au regard d'événements comme ceux que reflètent les codes de la liste).",
                      {"A": "Normal", "B": "Rupture", "E": "Valeur estimée", "F": "Valeur prévue",
                       "I": "Valeur imputée (définition du CCSA)", "M": "Valeur manquante",
                       "P": "Valeur provisoire", "S": "Grève"}),
    "CL_UNIT_MULT": ("Liste de codes du multiplicateur d'unité (UNIT_MULT)",
                     "Puissance de dix par laquelle multiplier la valeur de l'observation.",
                     {"0": "Unités", "1": "Dizaines", "2": "Centaines", "3": "Milliers",
                      "4": "Dizaines de milliers", "6": "Millions", "9": "Milliards",
                      "12": "Billions (10^12)", "15": "Billiards (10^15)"}),
    "CL_DECIMALS": ("Liste de codes des décimales (DECIMALS)",
                    "Elle fournit les valeurs indiquant le nombre de chiffres décimaux utilisés dans les données.",
                    {"0": "Zéro", "1": "Un", "2": "Deux", "3": "Trois", "4": "Quatre", "5": "Cinq",
                     "6": "Six", "7": "Sept", "8": "Huit", "9": "Neuf"}),
    "CL_CONF_STATUS": ("Liste de codes du statut de confidentialité (CONF_STATUS)",
                       "Cette liste de codes fournit une information codée sur la sensibilité et le statut de confidentialité des données.",
                       {"C": "Information statistique confidentielle",
                        "D": "Confidentialité secondaire fixée par l'émetteur, non publiable",
                        "F": "Libre",
                        "N": "Non publiable, usage interne restreint",
                        "S": "Confidentialité secondaire fixée et gérée par le destinataire, non publiable"}),
    "CL_SEX": ("Liste de codes du sexe", None, {"F": "Femmes", "M": "Hommes", "T": "Ensemble"}),
}

EN_DESC_FALLBACK = {"CL_UNIT_MULT": "Power of ten by which the observation value is to be multiplied.",
                    "CL_SEX": None}


def norm(s):
    return re.sub(r"\s+", " ", s or "").strip()


def en_text(el, tag):
    for n in el.findall("c:" + tag, NS):
        if n.get(XML_LANG, "en") == "en":
            return norm(n.text)
    return None


def main():
    ap = argparse.ArgumentParser()
    root = Path(__file__).resolve().parents[2]
    ap.add_argument("--samples", default=str(root.parent / "shared" / "sdmx" / "samples" / "v2_1"))
    ap.add_argument("--out", default=str(root / "Catalog" / "classifications" / "sdmx"))
    a = ap.parse_args()
    Path(a.out).mkdir(parents=True, exist_ok=True)
    for cl_id, rel in WANTED.items():
        tree = ET.parse(Path(a.samples, rel))
        cl = next(c for c in tree.iter("{%s}Codelist" % NS["s"]) if c.get("id") == cl_id)
        scheme = ID + "classification/" + cl_id
        fr_name, fr_desc, fr_codes = FR_NAMES[cl_id]
        en_desc = en_text(cl, "Description") or EN_DESC_FALLBACK.get(cl_id)
        codes = [(c.get("id"), en_text(c, "Name")) for c in cl.findall("s:Code", NS)]
        source = "SDMX-ML 2.1 sample %s (%s), codelist %s:%s(%s); French names by Lodestat" % (
            rel, "shared/sdmx/samples/v2_1", cl.get("agencyID"), cl_id, cl.get("version"))
        out = [PREFIXES, "@prefix code: <%s/> .\n" % scheme,
               "\n# %s — generated by tools/catalog-gen/sdmx_codelists.py; do not edit by hand.\n\n" % cl_id]
        out.append(block(iri(scheme), [
            ("a", ["skos:ConceptScheme"]),
            ("skos:prefLabel", [lit(en_text(cl, "Name"), "en"), lit(fr_name, "fr")]),
            ("dct:title", [lit(en_text(cl, "Name"), "en"), lit(fr_name, "fr")]),
            ("dct:description", [lit(en_desc, "en") if en_desc else None, lit(fr_desc, "fr") if fr_desc else None]),
            ("skos:notation", [lit(cl_id)]),
            ("dct:identifier", [lit(cl_id)]),
            ("owl:versionInfo", [lit(cl.get("version"))]),
            ("lds:sdmxUrn", [lit(cl.get("urn"))] if cl.get("urn") else []),
            ("dct:publisher", [iri(ID + "organisation/" + AGENCY[cl.get("agencyID")])]),
            ("dct:source", [lit(source)]),
            ("xkos:numberOfLevels", [lit(1, datatype="xsd:positiveInteger")]),
            ("xkos:levels", ["( " + iri(scheme + "/level/1") + " )"]),
            ("skos:hasTopConcept", ["code:" + c for c, _ in codes]),
        ]))
        out.append("\n")
        out.append(block(iri(scheme + "/level/1"), [
            ("a", ["xkos:ClassificationLevel"]),
            ("skos:prefLabel", [lit("Codes of " + cl_id, "en"), lit("Codes de " + cl_id, "fr")]),
            ("skos:inScheme", [iri(scheme)]),
            ("xkos:depth", [lit(1, datatype="xsd:positiveInteger")]),
            ("skos:member", ["code:" + c for c, _ in codes]),
        ]))
        out.append("\n")
        for code, name in codes:
            out.append(block("code:" + code, [
                ("a", ["skos:Concept"]),
                ("skos:inScheme", [iri(scheme)]),
                ("skos:topConceptOf", [iri(scheme)]),
                ("skos:notation", [lit(code)]),
                ("skos:prefLabel", [lit(name, "en"), lit(fr_codes[code], "fr")]),
            ]) + "\n")
        Path(a.out, cl_id.lower().replace("_", "-") + ".ttl").write_text("".join(out), encoding="utf-8")
        print(cl_id, len(codes))


if __name__ == "__main__":
    main()
