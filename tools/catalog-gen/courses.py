#!/usr/bin/env python3
"""Generate Catalog/classifications/m2-stat-learning-courses.ttl: the courses of the
M2 Statistics & Learning programme as a three-level XKOS classification
(semester -> teaching unit -> course).

Source: seed 001_880dfd9f31fbed2d.txt (programme presentation, 2 September 2024). The
French titles are the source's; English titles are Lodestat's translations. The source
gives no codes: notations (S1, S1-UE2, S1-UE2-03…) are positional codes assigned here.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from ttlkit import PREFIXES, ID, lit, iri, block  # noqa: E402

SCHEME = ID + "classification/m2-stat-learning"
SRC = "001_880dfd9f31fbed2d.txt"

# (code, fr, en, note_fr, note_en, ects, children)
TREE = [
    ("S1", "Semestre 1", "Semester 1", None, None, None, [
        ("UE1", "Mise à niveau", "Refresher courses", "Du 02/09 au 13/09 ; les notes comptent en bonus si le S1 est validé en session 1.", "From 02/09 to 13/09; marks count as a bonus when S1 is passed in the first session.", None, [
            ("Statistique mathématique", "Mathematical statistics", None),
            ("Outils d'optimisation", "Optimisation tools", None),
            ("Programmation en Python", "Programming in Python", None),
            ("Programmation en R", "Programming in R", None)]),
        ("UE2", "UE de cours fondamentaux", "Core courses unit", "5 cours, du 16/09 au 10/01 ; validée si la moyenne des 5 notes est supérieure à 50/100.", "5 courses, from 16/09 to 10/01; passed when the average of the 5 marks is above 50/100.", "30", [
            ("Apprentissage statistique", "Statistical learning", "bloc 1"),
            ("Introduction à l'apprentissage automatique", "Introduction to machine learning", "bloc 1"),
            ("Estimation non-paramétrique", "Nonparametric estimation", "blocs 1&2"),
            ("Modèle linéaire et grande dimension", "Linear model and high dimension", "blocs 1&2"),
            ("Optimisation pour l'apprentissage automatique", "Optimisation for machine learning", "bloc 2")]),
    ]),
    ("S2", "Semestre 2", "Semester 2", None, None, None, [
        ("UE1", "UE de spécialisation", "Specialisation unit", "Du 13/01 au 11/04 ; au moins 4 cours à choisir ; validée si la moyenne des 4 meilleures notes est d'au moins 50/100.", "From 13/01 to 11/04; at least 4 courses to choose; passed when the average of the 4 best marks is at least 50/100.", "12", [
            ("Analyse statistique de graphes", "Statistical analysis of graphs", None),
            ("Confidentialité et équité algorithmique", "Privacy and algorithmic fairness", None),
            ("Gestion des données", "Data management", None),
            ("Processus ponctuels", "Point processes", None),
            ("Machine learning pour données médicales", "Machine learning for medical data", None),
            ("Méthodes de simulation pour les modèles génératifs", "Simulation methods for generative models", None),
            ("Modèles statistiques pour l'écologie", "Statistical models for ecology", None),
            ("Modélisation et statistique bayésienne computationnelle", "Computational Bayesian modelling and statistics", None),
            ("Optimisation stochastique, apprentissage PAC-Bayésien et inférence variationnelle", "Stochastic optimisation, PAC-Bayesian learning and variational inference", None),
            ("Séries temporelles", "Time series", None),
            ("Statistique bayésienne non-paramétrique", "Bayesian nonparametric statistics", None),
            ("Topics in modern machine learning", "Topics in modern machine learning", None)]),
        ("UE2", "UE de stage", "Internship unit", "Du 14/04 à octobre ; stage en entreprise ou en milieu académique.", "From 14/04 to October; internship in a company or in academia.", "18", []),
    ]),
    ("AN", "Toute l'année", "Whole year", None, None, None, [
        ("UE1", "Enseignements sur toute l'année", "Year-long teaching", None, None, None, [
            ("Data science en pratique", "Data science in practice", None),
            ("Séminaire de l'équipe statistique", "Statistics team seminar", None),
            ("Séminaire des doctorants", "PhD students' seminar", None)]),
    ]),
]

LEVELS = [(1, "Semestres", "Semesters", "SEMESTER"), (2, "Unités d'enseignement", "Teaching units", "TEACHING_UNIT"),
          (3, "Cours", "Courses", "COURSE")]


def main():
    out_dir = Path(__file__).resolve().parents[2] / "Catalog" / "classifications"
    items = []  # (code, level, fr, en, parent, notes, ects)
    for s_code, s_fr, s_en, nf, ne, ects, ues in TREE:
        items.append((s_code, 1, s_fr, s_en, None, (nf, ne), ects))
        for u_code, u_fr, u_en, unf, une, u_ects, courses in ues:
            uc = s_code + "-" + u_code
            items.append((uc, 2, u_fr, u_en, s_code, (unf, une), u_ects))
            for i, (c_fr, c_en, bloc) in enumerate(courses, 1):
                note = ("Rattachement : " + bloc + ".", "Block: " + bloc.replace("blocs", "blocks").replace("bloc", "block") + ".") if bloc else (None, None)
                items.append(("%s-%02d" % (uc, i), 3, c_fr, c_en, uc, note, None))
    out = [PREFIXES, "@prefix c: <%s/> .\n" % SCHEME,
           "\n# M2 Statistics & Learning courses — generated by tools/catalog-gen/courses.py; do not edit by hand.\n\n"]
    out.append(block(iri(SCHEME), [
        ("a", ["skos:ConceptScheme"]),
        ("skos:prefLabel", [lit("Enseignements du M2 Statistique & Learning", "fr"), lit("Courses of the M2 Statistics & Learning", "en")]),
        ("dct:title", [lit("Maquette du M2 Statistique & Learning (2024-2025)", "fr"), lit("M2 Statistics & Learning curriculum (2024-2025)", "en")]),
        ("dct:description", [lit("Semestres, unités d'enseignement et cours du M2 Statistique & Learning, tels que présentés le 2 septembre 2024. Les notations sont des codes positionnels attribués par Lodestat.", "fr"),
                             lit("Semesters, teaching units and courses of the M2 Statistics & Learning as presented on 2 September 2024. Notations are positional codes assigned by Lodestat.", "en")]),
        ("skos:notation", [lit("CL_M2_STAT_LEARNING")]),
        ("dct:identifier", [lit("CL_M2_STAT_LEARNING")]),
        ("owl:versionInfo", [lit("1.0")]),
        ("dct:publisher", [iri(ID + "organisation/sorbonne-universite")]),
        ("dct:source", [lit(SRC)]),
        ("xkos:numberOfLevels", [lit(3, datatype="xsd:positiveInteger")]),
        ("xkos:levels", ["( " + " ".join(iri(SCHEME + "/level/%d" % l) for l, *_ in LEVELS) + " )"]),
        ("skos:hasTopConcept", ["c:" + it[0] for it in items if it[1] == 1]),
    ]))
    out.append("\n")
    for l, fr, en, concept in LEVELS:
        out.append(block(iri(SCHEME + "/level/%d" % l), [
            ("a", ["xkos:ClassificationLevel"]),
            ("skos:prefLabel", [lit(fr, "fr"), lit(en, "en")]),
            ("skos:inScheme", [iri(SCHEME)]),
            ("xkos:depth", [lit(l, datatype="xsd:positiveInteger")]),
            ("xkos:organizedBy", [iri(ID + "concept/" + concept)]),
            ("skos:member", ["c:" + it[0] for it in items if it[1] == l]),
        ]) + "\n")
    for code, level, fr, en, parent, (nf, ne), ects in items:
        children = ["c:" + it[0] for it in items if it[4] == code]
        out.append(block("c:" + code, [
            ("a", ["skos:Concept"]),
            ("skos:inScheme", [iri(SCHEME)]),
            ("skos:topConceptOf", [iri(SCHEME)] if level == 1 else []),
            ("skos:notation", [lit(code)]),
            ("skos:prefLabel", [lit(fr, "fr"), lit(en, "en")]),
            ("skos:scopeNote", [lit(nf, "fr"), lit(ne, "en")] if nf else []),
            ("lds:ects", [lit(ects, datatype="xsd:decimal")] if ects else []),
            ("skos:broader", ["c:" + parent] if parent else []),
            ("skos:narrower", children),
        ]) + "\n")
    (out_dir / "m2-stat-learning-courses.ttl").write_text("".join(out), encoding="utf-8")
    print("courses:", len(items))


if __name__ == "__main__":
    main()
