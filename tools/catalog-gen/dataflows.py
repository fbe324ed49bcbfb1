#!/usr/bin/env python3
"""Generate the statistical structures of the catalogue:
Catalog/classifications/codelists/*.ttl (Lodestat code lists), Catalog/structures/*.ttl
(component properties and data structure definitions), Catalog/operations/families-series.ttl
(Insee statistical operation families and series, now Catalog/operations/families-series.ttl) and Catalog/series/df-*.ttl (dataflows and
their time series).

Sources: public descriptions of Insee's statistical operations (population census, legal
populations, labour force survey, consumer price index, DSN, Sirene); SDMX cross-domain
concepts; UN COICOP 1999 divisions. Series are metadata only: no observation values.
Codes of the Lodestat code lists follow Eurostat/SDMX habits and are assigned here.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from ttlkit import PREFIXES, ID, lit, iri, block  # noqa: E402

ROOT = Path(__file__).resolve().parents[2] / "Catalog"
CAT = ID + "classification/"
EXTRA = """@prefix qb: <http://purl.org/linked-data/cube#> .
@prefix sdmx-dimension: <http://purl.org/linked-data/sdmx/2009/dimension#> .
@prefix sdmx-attribute: <http://purl.org/linked-data/sdmx/2009/attribute#> .
@prefix sdmx-measure: <http://purl.org/linked-data/sdmx/2009/measure#> .
@prefix comp: <http://localhost:8080/id/component/> .
@prefix theme: <http://localhost:8080/id/classification/themes/> .
"""
INSEE = iri(ID + "organisation/insee")

CODELISTS = {
    "CL_UNIT_MEASURE": ("Unités de mesure", "Units of measure", [
        ("PS", "Personnes", "Persons"), ("PC", "Pourcentage", "Percentage"),
        ("IX2015", "Indice base 100 en 2015", "Index, 2015 = 100")]),
    "CL_AGE": ("Tranches d'âge", "Age groups", [
        ("Y15-24", "15 à 24 ans", "15 to 24 years"), ("Y25-49", "25 à 49 ans", "25 to 49 years"),
        ("Y_GE50", "50 ans ou plus", "50 years or over"), ("Y_GE15", "15 ans ou plus", "15 years or over")]),
    "CL_POP_TYPE": ("Catégories de population légale", "Legal population categories", [
        ("PMUN", "Population municipale", "Municipal population"),
        ("PCAP", "Population comptée à part", "Population counted separately"),
        ("PTOT", "Population totale", "Total population")]),
    "CL_COICOP": ("Fonctions de consommation (COICOP, divisions)", "Purposes of consumption (COICOP, divisions)", [
        ("00", "Ensemble", "All items"),
        ("01", "Produits alimentaires et boissons non alcoolisées", "Food and non-alcoholic beverages"),
        ("02", "Boissons alcoolisées et tabac", "Alcoholic beverages and tobacco"),
        ("03", "Articles d'habillement et chaussures", "Clothing and footwear"),
        ("04", "Logement, eau, gaz, électricité et autres combustibles", "Housing, water, electricity, gas and other fuels"),
        ("05", "Meubles, articles de ménage et entretien courant de la maison", "Furnishings, household equipment and routine household maintenance"),
        ("06", "Santé", "Health"), ("07", "Transports", "Transport"), ("08", "Communications", "Communication"),
        ("09", "Loisirs et culture", "Recreation and culture"), ("10", "Enseignement", "Education"),
        ("11", "Restaurants et hôtels", "Restaurants and hotels"), ("12", "Biens et services divers", "Miscellaneous goods and services")]),
}
CL_SOURCE = {"CL_COICOP": "UN Classification of Individual Consumption According to Purpose (COICOP 1999), divisions; code 00 (all items) as used by CPI publications",
             "CL_UNIT_MEASURE": "Lodestat; codes modelled on SDMX/Eurostat unit codes",
             "CL_AGE": "Lodestat; codes modelled on Eurostat age codes; age groups of Insee's labour force survey publications",
             "CL_POP_TYPE": "Lodestat; categories of Insee's legal populations (population municipale, comptée à part, totale)"}

# id: (kind, fr, en, concept, codelist scheme id or None, sdmx super-property)
COMPONENTS = {
    "FREQ": ("dimension", "Fréquence", "Frequency", "FREQ", "CL_FREQ", "sdmx-dimension:freq"),
    "REF_AREA": ("dimension", "Zone de référence", "Reference area", "REF_AREA", "CL_AREA", "sdmx-dimension:refArea"),
    "SEX": ("dimension", "Sexe", "Sex", "SEX", "CL_SEX", "sdmx-dimension:sex"),
    "AGE": ("dimension", "Âge", "Age", "AGE", "CL_AGE", "sdmx-dimension:age"),
    "COICOP": ("dimension", "Fonction de consommation", "Purpose of consumption", "CONSUMPTION_PURPOSE", "CL_COICOP", None),
    "ACTIVITY": ("dimension", "Activité économique", "Economic activity", "ACTIVITY", "nace-r2", None),
    "POP_TYPE": ("dimension", "Catégorie de population", "Population category", "POP_TYPE", "CL_POP_TYPE", None),
    "TIME_PERIOD": ("dimension", "Période de référence", "Time period", "TIME_PERIOD", None, "sdmx-dimension:timePeriod"),
    "OBS_VALUE": ("measure", "Valeur de l'observation", "Observation value", "OBS_VALUE", None, "sdmx-measure:obsValue"),
    "UNIT_MEASURE": ("attribute", "Unité de mesure", "Unit of measure", "UNIT_MEASURE", "CL_UNIT_MEASURE", "sdmx-attribute:unitMeasure"),
    "UNIT_MULT": ("attribute", "Multiplicateur d'unité", "Unit multiplier", "UNIT_MULT", "CL_UNIT_MULT", "sdmx-attribute:unitMult"),
    "DECIMALS": ("attribute", "Décimales", "Decimals", "DECIMALS", "CL_DECIMALS", "sdmx-attribute:decimals"),
    "OBS_STATUS": ("attribute", "Statut de l'observation", "Observation status", "OBS_STATUS", "CL_OBS_STATUS", "sdmx-attribute:obsStatus"),
    "CONF_STATUS": ("attribute", "Statut de confidentialité", "Confidentiality status", "CONF_STATUS", "CL_CONF_STATUS", "sdmx-attribute:confStatus"),
}
SERIES_ATTRS = ["UNIT_MEASURE", "UNIT_MULT", "DECIMALS"]
OBS_ATTRS = ["OBS_STATUS", "CONF_STATUS"]

FAMILIES = {
    "population": ("Population", "Population", "population"),
    "labour-market": ("Emploi et chômage", "Employment and unemployment", "labour"),
    "prices": ("Prix", "Prices", "prices"),
    "enterprises": ("Entreprises et répertoires", "Enterprises and registers", "enterprises"),
}
# Periodicity (CL_FREQ code) and producing Insee directorate of each operation series (public facts).
SERIES_FREQ = {"census": "A", "legal-populations": "A", "lfs": "Q", "dsn": "M", "cpi": "M", "sirene": "M"}
SERIES_CREATOR = {"census": "dsds", "legal-populations": "dsds", "lfs": "dsds", "dsn": "dsds", "cpi": "dsds",
                  "sirene": "dse"}
OPERATIONS = {
    "census": ("population", "Recensement de la population", "Population census",
               "Enquête annuelle par roulement qui dénombre la population résidant en France et décrit ses caractéristiques (âge, activité, logement…).",
               "Rolling annual survey that counts the population living in France and describes its characteristics (age, activity, housing…)."),
    "legal-populations": ("population", "Populations légales", "Legal populations",
                          "Populations officielles des circonscriptions administratives, établies chaque année à partir du recensement de la population.",
                          "Official populations of administrative areas, established every year from the population census."),
    "lfs": ("labour-market", "Enquête Emploi en continu", "Labour force survey",
            "Enquête auprès des ménages qui mesure l'emploi, le chômage au sens du BIT et l'activité, chaque trimestre.",
            "Household survey measuring employment, ILO unemployment and activity every quarter."),
    "dsn": ("labour-market", "Déclaration sociale nominative", "Nominative social declaration (DSN)",
            "Déclaration mensuelle des employeurs qui transmet les données de paie et d'emploi de leurs salariés ; source administrative des statistiques d'emploi salarié et de salaires.",
            "Employers' monthly declaration transmitting their employees' payroll and employment data; administrative source of salaried employment and wage statistics."),
    "cpi": ("prices", "Indice des prix à la consommation", "Consumer price index",
            "Mesure mensuelle de l'évolution des prix des biens et services consommés par les ménages.",
            "Monthly measure of the change in prices of the goods and services consumed by households."),
    "sirene": ("enterprises", "Répertoire Sirene", "Sirene register",
               "Répertoire national d'identification des entreprises et de leurs établissements (numéros Siren et Siret), géré par l'Insee.",
               "National register identifying enterprises and their establishments (Siren and Siret numbers), managed by Insee."),
}

# dataflow id -> definition
DATAFLOWS = {
    "DF_POP_LEG": dict(
        fr="Populations légales", en="Legal populations",
        dfr="Populations légales annuelles par catégorie de population.",
        den="Annual legal populations by population category.",
        op="legal-populations", themes=["population"], dims=["FREQ", "REF_AREA", "POP_TYPE"],
        unit="PS", mult="0", dec="0",
        series=[("A", "FR", p) for p in ["PMUN", "PCAP", "PTOT"]]),
    "DF_UNEMPLOYMENT": dict(
        fr="Taux de chômage au sens du BIT", en="ILO unemployment rate",
        dfr="Taux de chômage trimestriel au sens du BIT, par sexe et tranche d'âge, issu de l'enquête Emploi.",
        den="Quarterly ILO unemployment rate by sex and age group, from the labour force survey.",
        op="lfs", themes=["labour"], dims=["FREQ", "REF_AREA", "SEX", "AGE"],
        unit="PC", mult="0", dec="1",
        series=[("Q", "FR", s, a) for s in ["F", "M", "T"] for a in ["Y15-24", "Y25-49", "Y_GE50", "Y_GE15"]]),
    "DF_CPI": dict(
        fr="Indice des prix à la consommation", en="Consumer price index",
        dfr="Indice mensuel des prix à la consommation, ensemble et divisions de la COICOP, base 100 en 2015.",
        den="Monthly consumer price index, all items and COICOP divisions, 2015 = 100.",
        op="cpi", themes=["prices"], dims=["FREQ", "REF_AREA", "COICOP"],
        unit="IX2015", mult="0", dec="2",
        series=[("M", "FR", c) for c, _, _ in CODELISTS["CL_COICOP"][2]]),
    "DF_EMP_SAL": dict(
        fr="Emploi salarié par secteur d'activité", en="Salaried employment by economic activity",
        dfr="Effectifs salariés trimestriels par section de la NACE Rév. 2, estimés notamment à partir de la DSN.",
        den="Quarterly salaried employment by NACE Rev. 2 section, estimated notably from the DSN.",
        op="dsn", themes=["labour", "enterprises"], dims=["FREQ", "REF_AREA", "ACTIVITY"],
        unit="PS", mult="3", dec="1",
        series=[("Q", "FR", n) for n in ["C", "F", "G", "H", "I", "J", "K", "Q"]]),
}
FREQ_LABEL = {"A": ("annuel", "annual"), "Q": ("trimestriel", "quarterly"), "M": ("mensuel", "monthly")}


def labels_of(cl):
    return {c: (fr, en) for c, fr, en in CODELISTS[cl][2]}


def code_iri(cl, code):
    return iri(CAT + cl + "/" + code)


def write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def codelists():
    for cl, (fr, en, codes) in CODELISTS.items():
        scheme = CAT + cl
        out = [PREFIXES, "\n# %s — generated by tools/catalog-gen/dataflows.py; do not edit by hand.\n\n" % cl]
        out.append(block(iri(scheme), [
            ("a", ["skos:ConceptScheme"]),
            ("skos:prefLabel", [lit(fr, "fr"), lit(en, "en")]),
            ("dct:title", [lit(fr, "fr"), lit(en, "en")]),
            ("skos:notation", [lit(cl)]), ("dct:identifier", [lit(cl)]), ("owl:versionInfo", [lit("1.0")]),
            ("lds:sdmxUrn", [lit("urn:sdmx:org.sdmx.infomodel.codelist.Codelist=INSEE:%s(1.0)" % cl)]),
            ("dct:publisher", [INSEE]), ("dct:source", [lit(CL_SOURCE[cl])]),
            ("xkos:numberOfLevels", [lit(1, datatype="xsd:positiveInteger")]),
            ("xkos:levels", ["( " + iri(scheme + "/level/1") + " )"]),
            ("skos:hasTopConcept", [code_iri(cl, c) for c, _, _ in codes]),
        ]) + "\n")
        out.append(block(iri(scheme + "/level/1"), [
            ("a", ["xkos:ClassificationLevel"]), ("skos:prefLabel", [lit("Codes de " + cl, "fr"), lit("Codes of " + cl, "en")]),
            ("skos:inScheme", [iri(scheme)]), ("xkos:depth", [lit(1, datatype="xsd:positiveInteger")]),
            ("skos:member", [code_iri(cl, c) for c, _, _ in codes])]) + "\n")
        for c, cfr, cen in codes:
            out.append(block(code_iri(cl, c), [
                ("a", ["skos:Concept"]), ("skos:inScheme", [iri(scheme)]), ("skos:topConceptOf", [iri(scheme)]),
                ("skos:notation", [lit(c)]), ("skos:prefLabel", [lit(cfr, "fr"), lit(cen, "en")])]) + "\n")
        write(ROOT / "classifications" / "codelists" / (cl.lower().replace("_", "-") + ".ttl"), "".join(out))


def components():
    out = [PREFIXES, EXTRA, "\n# Component properties of the dataflows — generated by tools/catalog-gen/dataflows.py.\n\n"]
    for cid, (kind, fr, en, concept, cl, sup) in COMPONENTS.items():
        types = {"dimension": "qb:DimensionProperty", "measure": "qb:MeasureProperty", "attribute": "qb:AttributeProperty"}[kind]
        pairs = [("a", ["rdf:Property", "qb:ComponentProperty", types] + (["qb:CodedProperty"] if cl else [])),
                 ("rdfs:label", [lit(fr, "fr"), lit(en, "en")]),
                 ("skos:notation", [lit(cid)]), ("dct:identifier", [lit(cid)]),
                 ("qb:concept", [iri(ID + "concept/" + concept)]),
                 ("qb:codeList", [iri(CAT + cl)] if cl else []),
                 ("rdfs:range", ["skos:Concept"] if cl else (["xsd:decimal"] if kind == "measure" else [])),
                 ("rdfs:subPropertyOf", [sup] if sup else []),
                 ("dct:source", [lit("Lodestat; SDMX cross-domain concepts")])]
        out.append(block("comp:" + cid, pairs) + "\n")
    write(ROOT / "structures" / "components.ttl", "".join(out))


def operations():
    out = [PREFIXES, "@prefix theme: <http://localhost:8080/id/classification/themes/> .\n",
           "\n# Insee statistical operation families and series — generated by tools/catalog-gen/dataflows.py.\n\n"]
    for fid, (fr, en, th) in FAMILIES.items():
        out.append(block(iri(ID + "family/" + fid), [
            ("a", ["lds:StatisticalOperationFamily"]), ("skos:prefLabel", [lit(fr, "fr"), lit(en, "en")]),
            ("dct:title", [lit(fr, "fr"), lit(en, "en")]), ("dct:publisher", [INSEE]), ("dcat:theme", ["theme:" + th]),
            ("skos:member", [iri(ID + "operation-series/" + o) for o, v in OPERATIONS.items() if v[0] == fid]),
            ("dct:hasPart", [iri(ID + "operation-series/" + o) for o, v in OPERATIONS.items() if v[0] == fid]),
            ("dct:source", [lit("Lodestat grouping of Insee statistical operations (public information)")])]) + "\n")
    for oid, (fid, fr, en, dfr, den) in OPERATIONS.items():
        src = {"lfs": "Lodestat; public information on Insee's labour force survey; 003_96e86546ca7f67fc.txt",
               "dsn": "Lodestat; public information on the DSN; 003_96e86546ca7f67fc.txt (DSN projects)",
               "sirene": "Lodestat; public information on the Sirene register; 003_96e86546ca7f67fc.txt (hackathon)",
               "census": "Lodestat; public information on Insee's census; 003_96e86546ca7f67fc.txt (census talk)",
               "legal-populations": "Lodestat; public information on Insee's legal populations; 000_f435b45eb3c849d8.txt (internship subject)",
               }.get(oid, "Lodestat; public information on Insee's statistical operations")
        out.append(block(iri(ID + "operation-series/" + oid), [
            ("a", ["lds:StatisticalOperationSeries"]), ("skos:prefLabel", [lit(fr, "fr"), lit(en, "en")]),
            ("dct:title", [lit(fr, "fr"), lit(en, "en")]), ("dct:description", [lit(dfr, "fr"), lit(den, "en")]),
            ("dct:isPartOf", [iri(ID + "family/" + fid)]), ("dct:publisher", [INSEE]),
            ("dct:accrualPeriodicity", [iri(ID + "classification/CL_FREQ/" + SERIES_FREQ[oid])]),
            ("dct:creator", [iri(ID + "organisation/" + SERIES_CREATOR[oid])]),
            ("dcat:theme", ["theme:" + FAMILIES[fid][2]]), ("dct:source", [lit(src)])]) + "\n")
    out.append(block(iri(ID + "operation-series/legal-populations"), [("prov:used", [iri(ID + "operation-series/census")])]))
    write(ROOT / "operations" / "families-series.ttl", "".join(out))


def dsd_and_dataflow(df, d):
    short = df[3:]
    dsd = ID + "dsd/DSD_" + short
    key = dsd + "/series-key"
    out = [PREFIXES, EXTRA, "\n# DSD_%s — generated by tools/catalog-gen/dataflows.py.\n\n" % short]
    comps = []
    order = 1
    for dim in d["dims"] + ["TIME_PERIOD"]:
        comps.append("[ qb:dimension comp:%s ; qb:order %d ]" % (dim, order))
        order += 1
    comps.append("[ qb:measure comp:OBS_VALUE ]")
    for a in SERIES_ATTRS:
        comps.append("[ qb:attribute comp:%s ; qb:componentRequired true ; qb:componentAttachment qb:Slice ]" % a)
    for a in OBS_ATTRS:
        comps.append("[ qb:attribute comp:%s ; qb:componentRequired false ]" % a)
    out.append(block(iri(dsd), [
        ("a", ["qb:DataStructureDefinition"]),
        ("rdfs:label", [lit("Structure — " + d["fr"], "fr"), lit("Structure — " + d["en"], "en")]),
        ("skos:notation", [lit("DSD_" + short)]), ("dct:identifier", [lit("DSD_" + short)]),
        ("owl:versionInfo", [lit("1.0")]), ("dct:publisher", [INSEE]),
        ("lds:sdmxUrn", [lit("urn:sdmx:org.sdmx.infomodel.datastructure.DataStructure=INSEE:DSD_%s(1.0)" % short)]),
        ("qb:component", comps), ("qb:sliceKey", [iri(key)]),
        ("dct:source", [lit("Lodestat")])]) + "\n")
    out.append(block(iri(key), [
        ("a", ["qb:SliceKey"]), ("rdfs:label", [lit("Clé de série", "fr"), lit("Series key", "en")]),
        ("qb:componentProperty", ["comp:" + x for x in d["dims"]])]))
    write(ROOT / "structures" / ("dsd-" + short.lower().replace("_", "-") + ".ttl"), "".join(out))

    dfi = ID + "dataflow/" + df
    ops = OPERATIONS[d["op"]]
    out = [PREFIXES, EXTRA, "\n# %s and its time series (metadata only, no observations) — generated by tools/catalog-gen/dataflows.py.\n\n" % df]
    series_iris = [iri(ID + "series/" + df + "." + ".".join(s)) for s in d["series"]]
    out.append(block(iri(dfi), [
        ("a", ["lds:Dataflow", "qb:DataSet", "dcat:Dataset"]),
        ("dct:title", [lit(d["fr"], "fr"), lit(d["en"], "en")]),
        ("rdfs:label", [lit(d["fr"], "fr"), lit(d["en"], "en")]),
        ("dct:description", [lit(d["dfr"], "fr"), lit(d["den"], "en")]),
        ("skos:notation", [lit(df)]), ("dct:identifier", [lit(df)]), ("owl:versionInfo", [lit("1.0")]),
        ("lds:sdmxUrn", [lit("urn:sdmx:org.sdmx.infomodel.datastructure.Dataflow=INSEE:%s(1.0)" % df)]),
        ("dct:publisher", [INSEE]), ("qb:structure", [iri(dsd)]),
        ("dcat:theme", ["theme:" + t for t in d["themes"]]),
        ("prov:wasGeneratedBy", [iri(ID + "operation-series/" + d["op"])]),
        ("dct:accrualPeriodicity", [code_iri("CL_FREQ", d["series"][0][0])]),
        ("qb:slice", series_iris),
        ("dct:source", [lit("Lodestat; public information on Insee's " + ops[2].lower() + " dissemination")])]) + "\n")
    for s, si in zip(d["series"], series_iris):
        fixed = dict(zip(d["dims"], s))
        parts_fr, parts_en = [], []
        for dim, code in fixed.items():
            cl = COMPONENTS[dim][4]
            if dim == "FREQ":
                continue
            if cl in CODELISTS:
                lf, le = labels_of(cl)[code]
            elif dim == "REF_AREA":
                lf, le = ("France", "France")
            elif cl == "CL_SEX":
                lf, le = {"F": ("Femmes", "Women"), "M": ("Hommes", "Men"), "T": ("Ensemble", "Total")}[code]
            else:
                lf, le = ("NACE " + code, "NACE " + code)
            parts_fr.append(lf)
            parts_en.append(le)
        ff, fe = FREQ_LABEL[s[0]]
        title_fr = "%s — %s (%s)" % (d["fr"], ", ".join(parts_fr), ff)
        title_en = "%s — %s (%s)" % (d["en"], ", ".join(parts_en), fe)
        pairs = [("a", ["lds:TimeSeries", "qb:Slice"]),
                 ("dct:title", [lit(title_fr, "fr"), lit(title_en, "en")]),
                 ("skos:notation", [lit(".".join(s))]), ("dct:identifier", [lit(df + "." + ".".join(s))]),
                 ("qb:sliceStructure", [iri(key)]), ("dct:isPartOf", [iri(dfi)])]
        for dim, code in fixed.items():
            pairs.append(("comp:" + dim, [code_iri(COMPONENTS[dim][4], code)]))
        pairs += [("comp:UNIT_MEASURE", [code_iri("CL_UNIT_MEASURE", d["unit"])]),
                  ("comp:UNIT_MULT", [code_iri("CL_UNIT_MULT", d["mult"])]),
                  ("comp:DECIMALS", [code_iri("CL_DECIMALS", d["dec"])])]
        out.append(block(si, pairs) + "\n")
    write(ROOT / "series" / ("df-" + short.lower().replace("_", "-") + ".ttl"), "".join(out))
    return len(d["series"])


def main():
    codelists()
    components()
    operations()
    n = sum(dsd_and_dataflow(df, d) for df, d in DATAFLOWS.items())
    print("dataflows:", len(DATAFLOWS), "series:", n)


if __name__ == "__main__":
    main()
