"""Generates Catalog/operations/sims-msd.ttl: the ESS Single Integrated Metadata Structure (SIMS v2.0)
as a concept scheme, its metadata attribute properties and a metadata structure definition.

Source: Eurostat, ESS Metadata Handler, "Single Integrated Metadata Structure (SIMS) v2.0" — the
concept list S.1 Contact … S.19 Comment with its sub-concepts and the quality indicators SIMS v2.0
added from the ESS Standard for Quality Reports Structure (ESQRS). English names are the SIMS names;
French names follow Insee's SIMS-FR wording (public RMéS quality reports). Representations follow
the ESS-MH guidelines (dates for S.2, the contact organisation as an organisation, frequencies as
CL_FREQ codes, rich text elsewhere); concepts with sub-concepts are presentational headings.
"""

from pathlib import Path

from ttlkit import ID, PREFIXES, lit

ROOT = Path(__file__).resolve().parents[2] / "Catalog"


def write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")

# (number, English, French, representation) — representation: heading, richText, text, date,
# organisation, code
SIMS = [
    ("S.1", "Contact", "Contact", "heading"),
    ("S.1.1", "Contact organisation", "Organisation de contact", "organisation"),
    ("S.1.2", "Contact organisation unit", "Unité de l'organisation de contact", "text"),
    ("S.1.3", "Contact name", "Nom du contact", "text"),
    ("S.1.4", "Contact person function", "Fonction du contact", "text"),
    ("S.1.5", "Contact mail address", "Adresse postale du contact", "text"),
    ("S.1.6", "Contact email address", "Adresse électronique du contact", "text"),
    ("S.1.7", "Contact phone number", "Numéro de téléphone du contact", "text"),
    ("S.1.8", "Contact fax number", "Numéro de télécopie du contact", "text"),
    ("S.2", "Metadata update", "Mise à jour des métadonnées", "heading"),
    ("S.2.1", "Metadata last certified", "Dernière certification des métadonnées", "date"),
    ("S.2.2", "Metadata last posted", "Dernière mise en ligne des métadonnées", "date"),
    ("S.2.3", "Metadata last update", "Dernière mise à jour des métadonnées", "date"),
    ("S.3", "Statistical presentation", "Présentation statistique", "heading"),
    ("S.3.1", "Data description", "Description des données", "richText"),
    ("S.3.2", "Classification system", "Système de classification", "richText"),
    ("S.3.3", "Sector coverage", "Couverture sectorielle", "richText"),
    ("S.3.4", "Statistical concepts and definitions", "Concepts et définitions statistiques", "richText"),
    ("S.3.5", "Statistical unit", "Unité statistique", "richText"),
    ("S.3.6", "Statistical population", "Population statistique", "richText"),
    ("S.3.7", "Reference area", "Zone géographique de référence", "richText"),
    ("S.3.8", "Time coverage", "Couverture temporelle", "richText"),
    ("S.3.9", "Base period", "Période de base", "richText"),
    ("S.4", "Unit of measure", "Unité de mesure", "richText"),
    ("S.5", "Reference period", "Période de référence", "richText"),
    ("S.6", "Institutional mandate", "Mandat institutionnel", "heading"),
    ("S.6.1", "Legal acts and other agreements", "Actes juridiques et autres accords", "richText"),
    ("S.6.2", "Data sharing", "Partage des données", "richText"),
    ("S.7", "Confidentiality", "Confidentialité", "heading"),
    ("S.7.1", "Confidentiality - policy", "Confidentialité - politique", "richText"),
    ("S.7.2", "Confidentiality - data treatment", "Confidentialité - traitement des données", "richText"),
    ("S.8", "Release policy", "Politique de diffusion", "heading"),
    ("S.8.1", "Release calendar", "Calendrier de diffusion", "richText"),
    ("S.8.2", "Release calendar access", "Accès au calendrier de diffusion", "richText"),
    ("S.8.3", "Release policy - user access", "Politique de diffusion - accès des utilisateurs", "richText"),
    ("S.9", "Frequency of dissemination", "Fréquence de diffusion", "code"),
    ("S.10", "Accessibility and clarity", "Accessibilité et clarté", "heading"),
    ("S.10.1", "News release", "Communiqué de presse", "richText"),
    ("S.10.2", "Publications", "Publications", "richText"),
    ("S.10.3", "On-line database", "Base de données en ligne", "richText"),
    ("S.10.3.1", "Data tables - consultations", "Tableaux de données - consultations", "richText"),
    ("S.10.4", "Micro-data access", "Accès aux microdonnées", "richText"),
    ("S.10.5", "Other", "Autres", "richText"),
    ("S.10.5.1", "Metadata - consultations", "Métadonnées - consultations", "richText"),
    ("S.10.6", "Documentation on methodology", "Documentation sur la méthodologie", "richText"),
    ("S.10.6.1", "Metadata completeness - rate", "Taux de complétude des métadonnées", "richText"),
    ("S.10.7", "Quality documentation", "Documentation sur la qualité", "richText"),
    ("S.11", "Quality management", "Gestion de la qualité", "heading"),
    ("S.11.1", "Quality assurance", "Assurance qualité", "richText"),
    ("S.11.2", "Quality management - assessment", "Gestion de la qualité - évaluation", "richText"),
    ("S.12", "Relevance", "Pertinence", "heading"),
    ("S.12.1", "Relevance - user needs", "Pertinence - besoins des utilisateurs", "richText"),
    ("S.12.2", "Relevance - user satisfaction", "Pertinence - satisfaction des utilisateurs", "richText"),
    ("S.12.3", "Completeness", "Complétude", "richText"),
    ("S.12.3.1", "Data completeness - rate", "Taux de complétude des données", "richText"),
    ("S.13", "Accuracy and reliability", "Précision et fiabilité", "heading"),
    ("S.13.1", "Accuracy - overall", "Précision - globale", "richText"),
    ("S.13.2", "Sampling error", "Erreur d'échantillonnage", "richText"),
    ("S.13.2.1", "Sampling error - indicators", "Erreur d'échantillonnage - indicateurs", "richText"),
    ("S.13.3", "Non-sampling error", "Erreur non due à l'échantillonnage", "richText"),
    ("S.13.3.1", "Coverage error", "Erreur de couverture", "richText"),
    ("S.13.3.1.1", "Over-coverage - rate", "Taux de surcouverture", "richText"),
    ("S.13.3.1.2", "Common units - proportion", "Proportion d'unités communes", "richText"),
    ("S.13.3.2", "Measurement error", "Erreur de mesure", "richText"),
    ("S.13.3.3", "Non response error", "Erreur de non-réponse", "richText"),
    ("S.13.3.3.1", "Unit non-response - rate", "Taux de non-réponse totale", "richText"),
    ("S.13.3.3.2", "Item non-response - rate", "Taux de non-réponse partielle", "richText"),
    ("S.13.3.4", "Processing error", "Erreur de traitement", "richText"),
    ("S.13.3.4.1", "Imputation - rate", "Taux d'imputation", "richText"),
    ("S.13.3.5", "Model assumption error", "Erreur liée aux hypothèses de modèle", "richText"),
    ("S.14", "Timeliness and punctuality", "Actualité et ponctualité", "heading"),
    ("S.14.1", "Timeliness", "Actualité", "richText"),
    ("S.14.1.1", "Time lag - first result", "Délai - premiers résultats", "richText"),
    ("S.14.1.2", "Time lag - final result", "Délai - résultats définitifs", "richText"),
    ("S.14.2", "Punctuality", "Ponctualité", "richText"),
    ("S.14.2.1", "Punctuality - delivery and publication", "Ponctualité - livraison et publication", "richText"),
    ("S.15", "Coherence and comparability", "Cohérence et comparabilité", "heading"),
    ("S.15.1", "Comparability - geographical", "Comparabilité - géographique", "richText"),
    ("S.15.1.1", "Asymmetry for mirror flows statistics - coefficient",
     "Asymétrie des statistiques de flux miroirs - coefficient", "richText"),
    ("S.15.2", "Comparability - over time", "Comparabilité - dans le temps", "richText"),
    ("S.15.2.1", "Length of comparable time series", "Longueur des séries temporelles comparables", "richText"),
    ("S.15.3", "Coherence - cross domain", "Cohérence - entre domaines", "richText"),
    ("S.15.3.1", "Coherence - sub annual and annual statistics",
     "Cohérence - statistiques infra-annuelles et annuelles", "richText"),
    ("S.15.3.2", "Coherence - National Accounts", "Cohérence - comptabilité nationale", "richText"),
    ("S.15.4", "Coherence - internal", "Cohérence - interne", "richText"),
    ("S.16", "Cost and burden", "Coût et charge", "richText"),
    ("S.17", "Data revision", "Révision des données", "heading"),
    ("S.17.1", "Data revision - policy", "Révision des données - politique", "richText"),
    ("S.17.2", "Data revision - practice", "Révision des données - pratique", "richText"),
    ("S.17.2.1", "Data revision - average size", "Révision des données - ampleur moyenne", "richText"),
    ("S.18", "Statistical processing", "Traitement statistique", "heading"),
    ("S.18.1", "Source data", "Données sources", "richText"),
    ("S.18.2", "Frequency of data collection", "Fréquence de la collecte des données", "code"),
    ("S.18.3", "Data collection", "Collecte des données", "richText"),
    ("S.18.4", "Data validation", "Validation des données", "richText"),
    ("S.18.5", "Data compilation", "Compilation des données", "richText"),
    ("S.18.6", "Adjustment", "Ajustement", "richText"),
    ("S.19", "Comment", "Commentaire", "richText"),
]

SOURCE = "Eurostat, ESS Metadata Handler: Single Integrated Metadata Structure (SIMS) v2.0; French names after Insee's SIMS-FR"
CONCEPT = ID + "concept/sims/"
ATTRIBUTE = ID + "sims/attribute/"
SCHEME = ID + "classification/SIMS"
MSD = ID + "msd/SIMS"
FREQ = ID + "classification/CL_FREQ"


def parent(number):
    parts = number.split(".")
    return ".".join(parts[:-1]) if len(parts) > 2 else None


def sdmx_id(number):
    """SDMX ids allow no dots: S.13.3.1 becomes S_13_3_1."""
    return number.replace(".", "_")


def main():
    numbers = {n for n, *_ in SIMS}
    for n, *_ in SIMS:
        assert parent(n) is None or parent(n) in numbers, n
    out = [PREFIXES, "@prefix sdmx-mm: <http://www.w3.org/ns/sdmx-mm#> .\n@prefix sdmx: <http://purl.org/linked-data/sdmx#> .\n",
           "\n# ESS SIMS v2.0 — generated by tools/catalog-gen/sims.py.\n\n"]
    tops = [n for n, *_ in SIMS if parent(n) is None]
    out.append(f"<{SCHEME}> a skos:ConceptScheme ;\n"
               f"    skos:prefLabel {lit('Structure de métadonnées intégrée unique (SIMS v2.0)', 'fr')} ,\n"
               f"        {lit('Single Integrated Metadata Structure (SIMS v2.0)', 'en')} ;\n"
               f"    dct:title {lit('Structure de métadonnées intégrée unique (SIMS v2.0)', 'fr')} ,\n"
               f"        {lit('Single Integrated Metadata Structure (SIMS v2.0)', 'en')} ;\n"
               f"    dct:description {lit('Concepts du rapport qualité du système statistique européen, de S.1 Contact à S.19 Commentaire.', 'fr')} ,\n"
               f"        {lit('Concepts of the European Statistical System quality report, from S.1 Contact to S.19 Comment.', 'en')} ;\n"
               f"    skos:notation \"SIMS\" ; dct:identifier \"SIMS\" ; owl:versionInfo \"2.0\" ;\n"
               f"    dct:publisher <{ID}organisation/eurostat> ;\n"
               f"    skos:hasTopConcept " + " , ".join(f"<{CONCEPT}{n}>" for n in tops) + " ;\n"
               f"    dct:source {lit(SOURCE)} .\n\n")
    for n, en, fr, rep in SIMS:
        p = parent(n)
        link = f"skos:broader <{CONCEPT}{p}>" if p else f"skos:topConceptOf <{SCHEME}>"
        out.append(f"<{CONCEPT}{n}> a skos:Concept , sdmx:Concept ; skos:inScheme <{SCHEME}> ; {link} ;\n"
                   f"    skos:notation {lit(n)} ; skos:prefLabel {lit(fr, 'fr')} , {lit(en, 'en')} .\n\n")
    out.append(f"<{MSD}> a sdmx-mm:MetadataStructureDefinition ;\n"
               f"    skos:prefLabel {lit('SIMS v2.0 — structure des rapports qualité', 'fr')} ,\n"
               f"        {lit('SIMS v2.0 — quality report structure', 'en')} ;\n"
               f"    skos:notation \"MSD_SIMS\" ; dct:identifier \"MSD_SIMS\" ; owl:versionInfo \"2.0\" ;\n"
               f"    dct:publisher <{ID}organisation/insee> ;\n"
               f"    lds:conceptScheme <{SCHEME}> ;\n"
               f"    sdmx-mm:metadataAttributeProperty " + " ,\n        ".join(f"<{ATTRIBUTE}{n}>" for n, *_ in SIMS) + " ;\n"
               f"    dct:source {lit(SOURCE)} .\n\n")
    for order, (n, en, fr, rep) in enumerate(SIMS, start=1):
        p = parent(n)
        lines = [f"<{ATTRIBUTE}{n}> a sdmx-mm:MetadataAttributeProperty , rdf:Property ;",
                 f"    rdfs:label {lit(fr, 'fr')} , {lit(en, 'en')} ;",
                 f"    skos:notation {lit(sdmx_id(n))} ; lds:simsNumber {lit(n)} ; lds:order {order} ;",
                 f"    sdmx-mm:concept <{CONCEPT}{n}> ;"]
        if p:
            lines.append(f"    sdmx-mm:parent <{ATTRIBUTE}{p}> ;")
        lines.append(f"    lds:representation lds:{rep[0].upper() + rep[1:]}Representation ;")
        if rep == "code":
            lines.append(f"    lds:codeList <{FREQ}> ;")
        lines.append(f"    sdmx-mm:isPresentational {'true' if rep == 'heading' else 'false'} .")
        out.append("\n".join(lines) + "\n\n")
    write(ROOT / "operations" / "sims-msd.ttl", "".join(out).rstrip() + "\n")


if __name__ == "__main__":
    main()
