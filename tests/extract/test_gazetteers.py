"""The curated vocabularies parse, are consistent with each other, and say true things."""

from __future__ import annotations

import csv
import io
from collections import Counter, defaultdict
from importlib import resources

import pytest

from extract.gazetteers import load as gz

DATA = resources.files("extract.gazetteers")


def _csv_rows(name: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(DATA.joinpath(name).read_text(encoding="utf-8"))))


def _sort_key(s: str) -> tuple[str, str]:
    return (s.casefold(), s)


# --- files parse ---------------------------------------------------------------------------


def test_every_file_loads_with_plausible_sizes():
    assert len(gz.load_skills()) >= 1500
    assert len(gz.load_organizations()) >= 800
    assert len(gz.load_places()) >= 600
    assert len(gz.load_job_titles()) >= 100
    assert len(gz.load_title_modifiers()) >= 40
    assert len(gz.load_section_headers()) >= 200
    assert len(gz.load_skill_stoplist()) >= 50


@pytest.mark.parametrize("name", ["skills.csv", "organizations.csv", "places.csv",
                                  "section_headers.csv"])
def test_csv_files_are_rectangular_utf8_without_stray_whitespace(name):
    rows = _csv_rows(name)
    width = len(rows[0])
    for i, row in enumerate(rows, 1):
        assert len(row) == width, f"{name}:{i}"
        for cell in row:
            assert cell == cell.strip() and "  " not in cell, f"{name}:{i}: {cell!r}"
            assert not cell.startswith("|") and not cell.endswith("|") and "||" not in cell


def test_data_files_are_sorted():
    for name, col in (("skills.csv", 0), ("organizations.csv", 0)):
        keys = [_sort_key(r[col]) for r in _csv_rows(name)[1:]]
        assert keys == sorted(keys), name
    places = [(_sort_key(r[0]), r[1], r[2]) for r in _csv_rows("places.csv")[1:]]
    assert places == sorted(places)
    sections = [(r[0], _sort_key(r[1])) for r in _csv_rows("section_headers.csv")[1:]]
    assert sections == sorted(sections)
    for name in ("skill_stoplist.txt", "job_titles.txt", "title_modifiers.txt"):
        lines = [ln for ln in DATA.joinpath(name).read_text(encoding="utf-8").splitlines()
                 if ln and not ln.startswith("#")]
        assert lines == sorted(set(lines), key=_sort_key) or lines == sorted(set(lines)), name


def test_loaders_cache_and_return_immutable_rows():
    assert gz.load_skills() is gz.load_skills()
    entry = gz.load_skills()[0]
    with pytest.raises(AttributeError):
        entry.canonical = "x"  # type: ignore[misc]
    assert isinstance(entry.aliases, tuple)
    headers = gz.load_section_headers()
    headers["x"] = "y"
    assert "x" not in gz.load_section_headers()


def test_a_malformed_row_is_reported_with_file_and_line(monkeypatch):
    bad = "canonical,category,aliases,case_sensitive,esco_uri\nPython,language,,0,\n"
    monkeypatch.setattr(gz, "_text", lambda name: bad)
    gz.load_skills.cache_clear()
    try:
        with pytest.raises(gz.GazetteerError, match=r"skills.csv:2: unknown category"):
            gz.load_skills()
    finally:
        monkeypatch.undo()
        gz.load_skills.cache_clear()
    assert gz.load_skills()


# --- skills --------------------------------------------------------------------------------


def test_no_duplicate_skill_canonicals():
    dups = [n for n, c in Counter(e.canonical for e in gz.load_skills()).items() if c > 1]
    assert dups == []


def test_no_skill_name_is_claimed_by_two_entries():
    """A case-insensitive name claims every casing; a case-sensitive one only its spelling."""
    claims: dict[str, list[tuple[str, str, bool]]] = defaultdict(list)
    for e in gz.load_skills():
        for n in dict.fromkeys(e.names):
            claims[n.casefold()].append((e.canonical, n, e.case_sensitive))
    clashes = []
    for key, hits in claims.items():
        for a in hits:
            for b in hits:
                if a[0] < b[0] and (not a[2] or not b[2] or a[1] == b[1]):
                    clashes.append((key, a[0], b[0]))
    assert clashes == []


def test_stop_list_words_are_not_names_of_case_insensitive_skills():
    stop = gz.load_skill_stoplist()
    bad = [(n, e.canonical) for e in gz.load_skills() for n in e.names
           if (not e.case_sensitive and n.casefold() in stop) or (e.case_sensitive and n in stop)]
    assert bad == []
    assert {"less", "text", "was", "art", "san", "red", "meet", "records", "science", "go",
            "make", "access", "word", "chef", "express", "swift"} <= stop


def test_short_or_ambiguous_skills_are_case_sensitive():
    for name in ("Go", "R", "C", "Rust", "Swift", "Dart", "Julia", "Ruby", "Flask", "Kafka",
                 "Beam", "Less", "Puppet", "Ant", "Make", "Excel", "Word", "Ray", "JAX",
                 "Keras", "Spark"):
        entry = gz.find_skill(name)
        assert entry is not None, name
        assert entry.case_sensitive, name
        if name.lower() in gz.load_skill_stoplist():  # the common word is never the skill
            assert gz.find_skill(name.lower()) is None, name
    assert gz.find_skill("kafka").canonical == "Apache Kafka"  # no English word: allowed


def test_capitalized_common_words_are_not_skills_alone():
    """Job titles, dates and employers that share a technology's name need its longer form."""
    for word, longer in (("Access", "MS Access"), ("Chef", "Chef Infra"), ("Spring", "Spring Boot"),
                         ("Express", "Express.js"), ("Salt", "SaltStack"), ("Packer", "HashiCorp Packer"),
                         ("Assembly", "x86 Assembly"), ("Apex", "Salesforce Apex")):
        assert gz.find_skill(word) is None, word
        assert gz.find_skill(longer) is not None, longer


def test_every_short_case_insensitive_name_is_an_acronym_or_symbolic():
    """Lower-case names of three letters or fewer would match ordinary words in any casing."""
    for e in gz.load_skills():
        if e.case_sensitive:
            continue
        for n in e.names:
            if len(n) <= 3 and n.isalpha() and n.islower():
                assert n in {"npm", "svn", "vim", "gcc", "gdb", "jq", "hg", "zsh", "cpp", "k8s",
                             "k3s", "bs4", "cv2", "xml", "git", "d3", "pip"}, (n, e.canonical)


def test_esco_uris_are_real_looking_and_rare():
    uris = [e.esco_uri for e in gz.load_skills() if e.esco_uri]
    assert len(uris) == len(set(uris))
    for u in uris:
        assert u.startswith("http://data.europa.eu/esco/skill/") and len(u) == 69
    assert gz.find_skill("Python").esco_uri == (
        "http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d")
    assert gz.find_skill("PyTorch").esco_uri is None


@pytest.mark.parametrize("surface, canonical", [
    ("Tensorflow", "TensorFlow"), ("tensorflow", "TensorFlow"), ("TF2", "TensorFlow"),
    ("Python3", "Python"), ("Python 3", "Python"), ("python", "Python"),
    ("AWS Sagemaker", "Amazon SageMaker"), ("SageMaker", "Amazon SageMaker"),
    ("Kafka", "Apache Kafka"), ("Spark", "Apache Spark"), ("Beam", "Apache Beam"),
    ("sklearn", "scikit-learn"), ("scikit learn", "scikit-learn"),
    ("BigQuery", "Google BigQuery"), ("Google Cloud Bigquery", "Google BigQuery"),
    ("EC2", "Amazon EC2"), ("AWS EC2", "Amazon EC2"), ("Megatron LM", "Megatron-LM"),
    ("LLMs", "Large Language Models"), ("RNN", "Recurrent Neural Network"),
    ("CNNs", "Convolutional Neural Network"), ("Flash Attention", "FlashAttention"),
    ("AliBi", "ALiBi"), ("Tensor Parallel", "Tensor Parallelism"),
    ("Pipeline Parallel", "Pipeline Parallelism"), ("Principal Component Analysis", "PCA"),
    ("KNN", "k-Nearest Neighbors"), ("k-NN", "k-Nearest Neighbors"),
    ("Multi-Indexed Hashing", "Multi-Index Hashing"), ("NER", "Named Entity Recognition"),
    ("NLP", "Natural Language Processing"), ("ML", "Machine Learning"),
    ("ADMM", "Alternating Direction Method of Multipliers"), ("A100", "NVIDIA A100"),
    ("Cloud TPU", "TPU"), ("Beaglebone", "BeagleBone"), ("cron jobs", "cron"),
    ("RESTful", "REST API"), ("SpEL", "Spring Expression Language"), ("Maven", "Apache Maven"),
    ("ElasticSearch", "Elasticsearch"), ("Spanner", "Google Cloud Spanner"),
    ("HMM", "Hidden Markov Model"), ("VAE", "Variational Autoencoder"),
    ("Golang", "Go"), ("Amazon Web Services", "AWS"), ("Hugging Face Accelerate", "Accelerate"), ("Postgres", "PostgreSQL"), ("K8s", "Kubernetes"),
])
def test_aliases_resolve_to_their_canonical_skill(surface, canonical):
    entry = gz.find_skill(surface)
    assert entry is not None and entry.canonical == canonical


@pytest.mark.parametrize("surface, canonical", [
    ("IBM Watson Assistant", "Watson Assistant"), ("Spring Expressions", "Spring Expression Language"),
    ("Masked Language Model", "Masked Language Modeling"), ("SUSE Rancher", "Rancher"),
    ("NATS.io", "NATS"), ("Evidently AI", "Evidently"), ("Karma test runner", "Karma"),
    ("Illustrator", "Adobe Illustrator"), ("SLURM", "Slurm"), ("Argo Rollouts", "Argo Rollouts"),
    ("ControlNet", "ControlNet"), ("Unity Catalog", "Unity Catalog"), ("Hasura", "Hasura"),
    ("tRPC", "tRPC"), ("Skaffold", "Skaffold"), ("Jasmine", "Jasmine"), ("Zephyr RTOS", "Zephyr RTOS"),
    ("Serverless Framework", "Serverless Framework"),
    ("difference-in-differences", "Difference-in-Differences"), ("YOLO v8", "YOLOv8"),
])
def test_common_names_and_recent_rows(surface, canonical):
    entry = gz.find_skill(surface)
    assert entry is not None and entry.canonical == canonical, surface


def test_generic_notions_are_concepts_and_methods_are_not_fields():
    for name in ("Embeddings", "Embedding Models", "Pretraining", "Positional Encoding",
                 "Knowledge Graphs", "Inference Optimization", "Dimensionality Reduction"):
        assert gz.find_skill(name).category == "concept", name
    assert gz.find_skill("Continuous Wavelet Transform").category == "method"
    assert gz.find_skill("wavelets") is None  # the functions, not the transform


def test_model_versions_are_their_own_skills_in_a_family():
    from extract.skillmatch import build_matcher, skill_family

    m = build_matcher(gz.load_skills(), gz.load_skill_stoplist())
    for version, family in (("YOLOv8", "YOLO"), ("YOLO11", "YOLO"), ("MobileNetV2", "MobileNet"),
                            ("VGG16", "VGG"), ("GPT-4", "GPT"), ("ResNet50", "ResNet")):
        assert gz.find_skill(version).canonical == version
        assert skill_family(version, m) == family, version
    assert gz.find_skill("BLOOM-176B").canonical == "BLOOM"  # a size is the same model


@pytest.mark.parametrize("text, found", [
    ("Served large transformers for inference", [("Transformer", "large transformers")]),
    ("Trained Transformer models", [("Transformer", "Transformer models")]),
    ("Fine-tuned models with the transformers library", [("Hugging Face Transformers",
                                                          "transformers library")]),
    ("Maintained power transformers at the substation", []),
    ("The script transforms records", []),
])
def test_transformer_case_rules(text, found):
    from extract.skillmatch import default_matcher

    assert [(x.canonical, x.text) for x in default_matcher().find(text)
            if "ransform" in x.text] == found


def test_distinct_things_stay_distinct():
    groups = [
        ("PyTorch", "PyTorch XLA", "PyTorch FSDP", "Fully Sharded Data Parallel"),
        ("LSTM", "Bidirectional LSTM", "Convolutional LSTM"),
        ("DeepSpeed", "DeepSpeed ZeRO", "DeepSpeed-Inference", "Megatron-DeepSpeed", "Megatron-LM"),
        ("Amazon SageMaker", "AWS"), ("Accelerate", "PEFT", "Hugging Face Transformers"),
        ("ResNet", "ResNet50"), ("Autoencoder", "Variational Autoencoder", "Denoising Autoencoder"),
        ("Java", "JavaScript"), ("React", "React Native"), ("Visual Studio", "Visual Studio Code"),
    ]
    for group in groups:
        found = [gz.find_skill(name) for name in group]
        assert all(found), group
        assert len({e.canonical for e in found}) == len(group), group


def test_skill_categories_are_sensible():
    cat = {name: gz.find_skill(name).category for name in (
        "Python", "PyTorch", "Faiss", "MongoDB", "Amazon EC2", "Docker", "Linux", "Raspberry Pi",
        "JSON", "gRPC", "BERT", "LoRA", "Statistical Modeling", "Agile", "AutoCAD", "Figma",
        "Microservices", "Machine Translation")}
    assert cat == {
        "Python": "programming-language", "PyTorch": "framework", "Faiss": "library",
        "MongoDB": "database", "Amazon EC2": "cloud-service", "Docker": "tool", "Linux": "os",
        "Raspberry Pi": "hardware", "JSON": "data-format", "gRPC": "protocol", "BERT": "ml-model",
        "LoRA": "ml-technique", "Statistical Modeling": "method", "Agile": "methodology",
        "AutoCAD": "tool", "Figma": "design-tool", "Microservices": "practice",
        "Machine Translation": "task"}


# --- organizations -------------------------------------------------------------------------


def test_no_duplicate_organizations_and_no_shared_names():
    orgs = gz.load_organizations()
    assert len({o.canonical for o in orgs}) == len(orgs)
    owner: dict[str, str] = {}
    clashes = []
    for o in orgs:
        for n in o.names:
            prev = owner.setdefault(n.casefold(), o.canonical)
            if prev != o.canonical:
                clashes.append((n, prev, o.canonical))
    assert clashes == []


def test_every_parent_is_an_organization_and_there_are_no_cycles():
    by_name = {o.canonical: o for o in gz.load_organizations()}
    for o in by_name.values():
        seen = {o.canonical}
        parent = o.parent
        while parent:
            assert parent in by_name, (o.canonical, parent)
            assert parent not in seen, ("cycle", o.canonical)
            seen.add(parent)
            parent = by_name[parent].parent


def test_organization_countries_are_known_country_codes():
    codes = {p.country for p in gz.load_places() if p.kind == "country"}
    assert {o.country for o in gz.load_organizations() if o.country} <= codes


@pytest.mark.parametrize("surface, canonical, typ, parent", [
    ("AWS", "Amazon Web Services", "Organization", "Amazon"),
    ("Amazon.com Inc", "Amazon", "Organization", None),
    ("Amazon India", "Amazon India", "Organization", "Amazon"),
    ("eBay Inc", "eBay", "Organization", None),
    ("International Business Machines", "IBM", "Organization", None),
    ("IBM Research", "IBM Research", "Organization", "IBM"),
    ("Facebook", "Meta", "Organization", None),
    ("Meta AI", "Meta AI", "Organization", "Meta"),
    ("Microsoft Research", "Microsoft Research", "Organization", "Microsoft"),
    ("HuggingFace", "Hugging Face", "Organization", None),
    ("Infosys Technologies", "Infosys", "Organization", None),
    ("TCS", "Tata Consultancy Services", "Organization", "Tata Group"),
    ("Allen Institute for AI", "Allen Institute for AI", "Organization", None),
    ("deeplearning.ai", "DeepLearning.AI", "Organization", None),
    ("IIT Delhi", "Indian Institute of Technology Delhi", "EducationalOrganization", None),
    ("IITD", "Indian Institute of Technology Delhi", "EducationalOrganization", None),
    ("MIT", "Massachusetts Institute of Technology", "EducationalOrganization", None),
    ("Georgia Tech", "Georgia Institute of Technology", "EducationalOrganization", None),
    ("GaTech", "Georgia Institute of Technology", "EducationalOrganization", None),
    ("CMU", "Carnegie Mellon University", "EducationalOrganization", None),
    ("IIT Mandi", "Indian Institute of Technology Mandi", "EducationalOrganization", None),
])
def test_organization_spot_checks(surface, canonical, typ, parent):
    org = gz.find_organization(surface)
    assert org is not None, surface
    assert (org.canonical, org.type, org.parent) == (canonical, typ, parent)


def test_all_iits_are_listed():
    iits = [o for o in gz.load_organizations()
            if o.canonical.startswith("Indian Institute of Technology")]
    assert len(iits) == 23
    assert all(o.type == "EducationalOrganization" and o.country == "IN" for o in iits)


# --- places --------------------------------------------------------------------------------


def test_places_are_unique_and_aliases_unambiguous_within_country_and_kind():
    seen = Counter((p.name, p.kind, p.country) for p in gz.load_places())
    assert [k for k, c in seen.items() if c > 1] == []
    owner: dict[tuple[str, str | None, str], str] = {}
    for p in gz.load_places():
        for n in p.names:
            key = (n.casefold(), p.country, p.kind)
            assert owner.setdefault(key, p.name) == p.name, (n, p.name, owner[key])


def test_place_spot_checks():
    def one(name: str, kind: str):
        hits = [p for p in gz.find_places(name) if p.kind == kind]
        assert len(hits) == 1, (name, kind, hits)
        return hits[0]

    assert one("Bangalore", "city").name == "Bengaluru"
    assert one("Gurgaon", "city").name == "Gurugram"
    assert one("USA", "country").name == "United States"
    assert one("U.S.", "country").country == "US"
    assert one("UK", "country").name == "United Kingdom"
    assert one("WA", "state").name == "Washington"
    assert one("Ontario", "province").country == "CA"
    assert one("Karnataka", "state").country == "IN"
    for city in ("Seattle", "San Jose", "Cupertino", "Sunnyvale", "Mountain View", "Palo Alto",
                 "Redmond", "Hyderabad", "Chennai", "Pune", "Noida", "Mumbai", "Ahmedabad",
                 "Mandi", "Toronto", "London", "Berlin"):
        assert any(p.kind == "city" for p in gz.find_places(city)), city
    states = [p for p in gz.load_places() if p.kind == "state" and p.country == "US"]
    assert len(states) == 51  # fifty states and DC, each with its two-letter code
    assert all(any(len(a) == 2 and a.isupper() for a in s.aliases) for s in states)


# --- titles and sections -------------------------------------------------------------------


def test_job_titles_and_modifiers():
    titles, mods = gz.load_job_titles(), gz.load_title_modifiers()
    assert {"Engineer", "Scientist", "Manager", "Intern", "Member of Technical Staff", "Professor",
            "Vice President", "Co-founder", "Nurse", "Accountant"} <= titles
    assert {"Senior", "Sr.", "Principal", "Staff", "Head of", "Applied", "Machine Learning"} <= mods
    # the extractors take the last word of a title as its head: it must be a real head word
    assert all(t.split()[-1].lower() not in {"of", "to", "for", "and"} for t in titles)


def test_section_headers():
    headers = gz.load_section_headers()
    assert set(headers.values()) == gz.SECTIONS
    assert all(k == k.lower() for k in headers)
    for variant, section in [
        ("Work Experience", "experience"), ("Employment History", "experience"),
        ("Academic Appointments", "experience"), ("Academic Details", "education"),
        ("Core Competencies", "skills"), ("Tech Stack", "skills"),
        ("Selected Publications", "publications"), ("Patents", "patents"),
        ("Personal Projects", "projects"), ("Honours and Awards", "awards"),
        ("Licenses & Certifications", "certifications"), ("Courses Undertaken", "courses"),
        ("Relevant Coursework", "courses"), ("Objective", "summary"),
        ("Invited Talks", "talks"), ("Interests", "interests")]:
        assert headers[variant.lower()] == section, variant


def test_short_forms_used_by_extractors():
    orgs = gz.organizations()
    assert orgs["IIT Delhi"] == "EducationalOrganization" and orgs["AWS"] == "Organization"
    assert {"Bengaluru", "Bangalore", "United States"} <= gz.places()
    assert gz.job_titles() == gz.load_job_titles()
    assert gz.section_headers()["skills"] == "skills"


def test_importing_the_package_reads_nothing():
    import importlib
    import sys

    for name in ("extract.gazetteers", "extract.gazetteers.load"):
        sys.modules.pop(name, None)
    mod = importlib.import_module("extract.gazetteers.load")
    assert mod.load_skills.cache_info().currsize == 0
