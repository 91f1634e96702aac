"""A deterministic synthetic conflict KG at 1k / 10k / 100k events, exactly as ingest writes it.

Usage: python bench/synth.py --events 10000 [--out bench/data/kg-10k] [--seed 6]

Writes, into ``--out``:
- ``facts.jsonl``: one ``conflict-kg/facts@1`` document per article (with its text, so every
  evidence offset is real), what ``kg ingest`` reads;
- ``kg.nq``: the same articles converted by ``kg.rdf.mapping.facts_to_rdf`` — one named graph per
  article, the shared entities graph (set union, as the store's ``INSERT DATA`` makes it) and the
  ontology graph, exactly as ``kg ingest`` + ``kg serve`` would hold them — as N-Quads that both
  ``kg load --bulk`` and ``oxigraph load`` read;
- ``meta.json``: counts and sample IRIs the query mix uses as parameters.

Why generate facts rather than triples: the graphs then go through the real converter, so the
benchmark measures the data shape we publish, not a guess at it. Proportions follow the seed
article (``data/seed/*.gold.json``): ~5 events and ~16 entities per article (countries, state
forces, armed groups, a ministry, a spokesperson, a monitor, civilians, an admin division and
towns), about half the entities linked to Wikidata, ~1 casualty report per event, some materiel
reports, 1–3 evidence sentences per event and reported/claimed events attributed to a source.
Entities are drawn from shared pools with a Zipf-like popularity, so a few places and groups
appear in thousands of articles, as in real coverage. The same ``--seed`` and ``--events`` give
byte-identical files.
"""

from __future__ import annotations

import argparse
import bisect
import json
import random
import sys
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import pyoxigraph as ox  # noqa: E402
from rdflib import URIRef  # noqa: E402

from kg.facts import parse_facts  # noqa: E402
from kg.rdf.iris import Minter  # noqa: E402
from kg.rdf.mapping import facts_to_rdf  # noqa: E402
from kg.rdf.namespaces import CKG, ONTOLOGY_IRI  # noqa: E402
from kg.store.updates import SINGLE_VALUED, ontology_statements, to_ox  # noqa: E402

BASE_IRI = "https://w3id.org/conflict-kg/"

#: Conflict countries with their real Wikidata QIDs, demonym and name of the first-level divisions.
COUNTRIES: list[tuple[str, str, str, str]] = [
    ("Syria", "Q858", "Syrian", "Governorate"), ("Iraq", "Q796", "Iraqi", "Governorate"),
    ("Yemen", "Q805", "Yemeni", "Governorate"), ("Ukraine", "Q212", "Ukrainian", "Oblast"),
    ("Sudan", "Q1049", "Sudanese", "State"), ("Mali", "Q912", "Malian", "Region"),
    ("Somalia", "Q1045", "Somali", "Region"), ("Afghanistan", "Q889", "Afghan", "Province"),
    ("Nigeria", "Q1033", "Nigerian", "State"), ("Myanmar", "Q836", "Myanmar", "Region"),
    ("Burkina Faso", "Q965", "Burkinabe", "Region"), ("Ethiopia", "Q115", "Ethiopian", "Region"),
]

#: ACLED event type → (weight, sub-event types): roughly ACLED's global mix of violent events.
EVENT_TYPES: dict[str, tuple[float, list[str]]] = {
    "Battles": (0.32, ["Armed clash", "Government regains territory",
                       "Non-state actor overtakes territory"]),
    "Explosions/Remote violence": (0.30, ["Air/drone strike", "Shelling/artillery/missile attack",
                                          "Remote explosive/landmine/IED", "Suicide bomb",
                                          "Grenade"]),
    "Violence against civilians": (0.16, ["Attack", "Abduction/forced disappearance"]),
    "Protests": (0.08, ["Peaceful protest", "Protest with intervention"]),
    "Riots": (0.04, ["Violent demonstration", "Mob violence"]),
    "Strategic developments": (0.10, ["Arrests", "Looting/property destruction",
                                      "Headquarters or base established", "Agreement"]),
}
OUTCOMES = ["killed"] * 6 + ["injured"] * 3 + ["captured", "missing"]
QUALIFIERS = ["exact"] * 5 + ["at_least"] * 3 + ["about", "up_to"]
ITEMS = ["tank", "artillery piece", "helicopter", "drone", "armoured vehicle", "truck"]
PUBLISHERS = ["Digital Journal", "Wire Service A", "Regional Daily", "Monitor Weekly",
              "Evening Courier", "Frontline News", "Morning Herald", "Global Dispatch"]
SYLLABLES = ["al", "ka", "mar", "ra", "shi", "bin", "tal", "qa", "dor", "han", "sa", "mi",
             "zur", "bek", "ta", "nor", "lu", "ves", "ko", "dan", "hal", "ib", "ru", "sem"]
START = date(2019, 1, 1)
SPAN_DAYS = 3 * 365


def _name(rng: random.Random, parts: int) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(parts)).capitalize()


class Zipf:
    """Draw indices 0..n-1 with weight 1/(k+1)^s: a few items are very popular."""

    def __init__(self, n: int, s: float = 0.9) -> None:
        total, self.cum = 0.0, []
        for k in range(n):
            total += 1.0 / (k + 1) ** s
            self.cum.append(total)

    def draw(self, rng: random.Random) -> int:
        return min(bisect.bisect(self.cum, rng.random() * self.cum[-1]), len(self.cum) - 1)


class World:
    """The shared entity pools, sized by the number of events (more coverage, more names)."""

    def __init__(self, events: int, rng: random.Random) -> None:
        towns = max(30, events // 80)
        groups = max(8, events // 2000)
        people = max(20, events // 200)
        self.countries = []
        for cname, qid, demonym, division in COUNTRIES:
            admin = [{"name": f"{_name(rng, 2)} {division}", "kind": "place",
                      "wikidata": f"Q{7_000_000 + rng.randrange(10**6)}"
                      if rng.random() < 0.8 else None} for _ in range(8)]
            country = {
                "name": cname, "kind": "country", "wikidata": qid, "demonym": demonym,
                "admin": admin,
                "towns": [{"name": _name(rng, rng.choice((2, 3))), "kind": "place",
                           "wikidata": f"Q{8_000_000 + rng.randrange(10**6)}"
                           if rng.random() < 0.4 else None,
                           "admin": rng.randrange(len(admin)),
                           "lat": round(rng.uniform(-10, 40), 4),
                           "lon": round(rng.uniform(-10, 70), 4)} for _ in range(towns)],
                "forces": [{"name": f"{demonym} Armed Forces", "kind": "state_force",
                            "wikidata": None, "aliases": [f"{demonym} army",
                                                          f"{demonym} forces"]},
                           {"name": f"{demonym} Police", "kind": "state_force",
                            "wikidata": None}],
                "groups": [{"name": f"{_name(rng, 2)} {rng.choice(['Brigade', 'Front', 'Movement', 'Army', 'Militia'])}",  # noqa: E501
                            "kind": "armed_group",
                            "wikidata": f"Q{9_000_000 + rng.randrange(10**6)}"
                            if rng.random() < 0.3 else None} for _ in range(groups)],
                "ministry": {"name": f"Ministry of Defence ({cname})", "kind": "government_body",
                             "wikidata": None},
                "civilians": {"name": f"Civilians ({cname})", "kind": "civilians",
                              "wikidata": None},
                "people": [{"name": f"{_name(rng, 2)} {_name(rng, 3)}", "kind": "person",
                            "wikidata": None} for _ in range(people)],
            }
            self.countries.append(country)
        self.orgs = [{"name": n, "kind": "organization", "wikidata": q} for n, q in [
            ("United Nations", "Q1065"), ("International Committee of the Red Cross", "Q71645"),
            ("Human Rights Watch", "Q187052"), ("Amnesty International", "Q42970"),
            ("Airwars", None), ("Local Monitoring Group", None), ("Medecins Sans Frontieres",
                                                                   "Q273688")]]
        self.country_pick = Zipf(len(self.countries), 1.1)
        self.town_pick = Zipf(towns)
        self.group_pick = Zipf(groups, 1.0)
        self.person_pick = Zipf(people)


class Article:
    """One article being written: its text grows sentence by sentence; entities get ids."""

    def __init__(self) -> None:
        self.text_parts: list[str] = []
        self.length = 0
        self.entities: dict[str, dict] = {}  # name|kind → facts entity

    def say(self, sentence: str) -> dict:
        start = self.length + (1 if self.text_parts else 0)
        self.text_parts.append(sentence)
        self.length = start + len(sentence)
        return {"start": start, "end": self.length, "text": sentence}

    def entity(self, spec: dict, **extra: object) -> str:
        key = f"{spec['name']}|{spec['kind']}"
        if key not in self.entities:
            ent = {"id": f"ent-{len(self.entities) + 1}", "name": spec["name"],
                   "kind": spec["kind"], "wikidata": spec.get("wikidata")}
            if spec.get("aliases"):
                ent["aliases"] = list(spec["aliases"])
            ent.update({k: v for k, v in extra.items() if v is not None})
            self.entities[key] = ent
        return self.entities[key]["id"]

    @property
    def text(self) -> str:
        return " ".join(self.text_parts)


def make_article(i: int, n_events: int, world: World, rng: random.Random) -> dict:
    """One facts@1 document with ``n_events`` events around one country."""
    country = world.countries[world.country_pick.draw(rng)]
    published = START + timedelta(days=rng.randrange(SPAN_DAYS))
    art = Article()
    cid = art.entity(country)
    art.say(f"{country['demonym']} sources reported new fighting on {published.isoformat()}.")
    events = []
    for k in range(n_events):
        etype = rng.choices(list(EVENT_TYPES), [w for w, _ in EVENT_TYPES.values()])[0]
        sub = rng.choice(EVENT_TYPES[etype][1])
        town = country["towns"][world.town_pick.draw(rng)]
        admin = country["admin"][town["admin"]]
        aid = art.entity(admin, country=cid)
        loc = art.entity(town, country=cid, admin1=aid, lat=town["lat"], lon=town["lon"])
        group = art.entity(country["groups"][world.group_pick.draw(rng)])
        force = art.entity(country["forces"][0 if rng.random() < 0.85 else 1])
        actor, target = (force, group) if rng.random() < 0.55 else (group, force)
        targets = [target] if etype in ("Battles", "Explosions/Remote violence") or \
            rng.random() < 0.3 else []
        if etype == "Violence against civilians":
            targets = [art.entity(country["civilians"])]
        when = published - timedelta(days=rng.choice((0, 0, 1, 1, 2, 3, 7)))
        certainty = rng.choices(["asserted", "reported", "claimed"], [0.5, 0.3, 0.2])[0]
        attributed: list[str] = []
        if certainty != "asserted":
            src = rng.random()
            if src < 0.4:
                attributed = [art.entity(country["ministry"])]
            elif src < 0.7:
                attributed = [art.entity(rng.choice(world.orgs))]
            else:
                attributed = [art.entity(country["people"][world.person_pick.draw(rng)])]
        evidence = [art.say(f"{sub} reported in {town['name']}, {admin['name']}, "
                            f"involving {list(art.entities.values())[-1]['name']}.")]
        casualties = []
        for _ in range(rng.choices((0, 1, 2, 3), (0.3, 0.45, 0.2, 0.05))[0]):
            victim = rng.choice([target or actor, actor, art.entity(country["civilians"])])
            casualties.append({"count": rng.choice((1, 2, 3, 4, 5, 7, 8, 10, 12, 15, 20, 35,
                                                    50, 101)),
                               "qualifier": rng.choice(QUALIFIERS),
                               "outcome": rng.choice(OUTCOMES), "victim": victim,
                               "claimed_by": attributed[0] if attributed and
                               rng.random() < 0.5 else None})
            evidence.append(art.say(f"At least {casualties[-1]['count']} people were "
                                    f"{casualties[-1]['outcome']} in {town['name']}."))
        materiel = []
        if etype in ("Battles", "Explosions/Remote violence") and rng.random() < 0.2:
            materiel.append({"count": rng.randint(1, 5), "item": rng.choice(ITEMS),
                             "outcome": rng.choice(["destroyed", "damaged", "captured"]),
                             "owner": target or actor,
                             "claimed_by": attributed[0] if attributed else None})
        if rng.random() < 0.3:
            evidence.append(art.say(f"Residents of {town['name']} described the {sub.lower()}."))
        events.append({
            "id": f"evt-{k + 1}", "event_type": etype, "sub_event_type": sub,
            "date": None if rng.random() < 0.08 else when.isoformat(),
            "date_precision": "day", "location": loc, "actors": [actor], "targets": targets,
            "casualties": casualties, "materiel": materiel,
            "area_km2": round(rng.uniform(1, 600), 1)
            if sub.endswith("territory") and rng.random() < 0.5 else None,
            "attributed_to": attributed, "certainty": certainty, "evidence": evidence,
        })
        if events[-1]["date"] is None:
            events[-1]["date_precision"] = None
    publisher = PUBLISHERS[i % len(PUBLISHERS)]
    return {
        "format": "conflict-kg/facts@1",
        "article": {"id": f"syn-{i:07d}", "title": f"Fighting in {country['name']}: "
                    f"{events[0]['sub_event_type'].lower()} near "
                    f"{next(e['name'] for e in art.entities.values() if 'lat' in e)}",
                    "url": f"https://news.example.org/{published.year}/{i:07d}",
                    "source": publisher, "author": f"{_name(rng, 2)} {_name(rng, 2)}",
                    "published": published.isoformat(), "language": "en",
                    "text": art.text},
        "entities": list(art.entities.values()),
        "events": events,
    }


def generate(events: int, seed: int = 6):  # type: ignore[no-untyped-def]
    """Yield facts documents until ``events`` events exist (1–9 per article, mean 5)."""
    rng = random.Random(seed)
    world = World(events, rng)
    made, i = 0, 0
    while made < events:
        n = min(events - made, rng.choice((1, 2, 3, 4, 5, 5, 6, 7, 8, 9)))
        yield make_article(i, n, world, rng)
        made += n
        i += 1


def _quad(s, p, o, g: ox.NamedNode) -> ox.Quad:  # type: ignore[no-untyped-def]
    return ox.Quad(to_ox(s), to_ox(p), to_ox(o), g)  # type: ignore[arg-type]


def write(events: int, out: Path, seed: int = 6) -> dict:
    """Write facts.jsonl, kg.nq and meta.json for ``events`` events; returns the meta."""
    out.mkdir(parents=True, exist_ok=True)
    minter = Minter(BASE_IRI)
    entities_graph = ox.NamedNode(str(minter.entities_graph()))
    entity_quads: set[ox.Quad] = set()
    single: dict[tuple[object, object], ox.Quad] = {}
    started = time.perf_counter()
    articles = triples = 0
    sample_events: list[str] = []
    sample_articles: list[str] = []
    places: dict[str, int] = {}
    location = URIRef(CKG.location)
    with (out / "facts.jsonl").open("w", encoding="utf-8") as facts_out, \
            (out / "kg.nq").open("wb") as nq:
        onto = ox.NamedNode(ONTOLOGY_IRI)
        lines = sorted(ontology_statements())
        nq.write("".join(f"{t} {onto} .\n" for t in lines).encode())
        triples += len(lines)
        for doc in generate(events, seed):
            facts_out.write(json.dumps(doc, ensure_ascii=False, sort_keys=True) + "\n")
            rdf = facts_to_rdf(parse_facts(doc), minter)
            g = ox.NamedNode(str(rdf.graph_iri))
            quads = sorted((_quad(s, p, o, g) for s, p, o in rdf.article_graph), key=str)
            ox.serialize(quads, nq, ox.RdfFormat.N_QUADS)
            triples += len(quads)
            for s, p, o in rdf.entity_graph:  # what the store's update does: set union, but
                quad = _quad(s, p, o, entities_graph)  # single-valued properties: latest wins
                if p in SINGLE_VALUED:
                    single[(quad.subject, quad.predicate)] = quad
                else:
                    entity_quads.add(quad)
            if articles % 7 == 3 and len(sample_events) < 64:
                sample_events.append(str(minter.event(rdf.article_id, "evt-1")))
                sample_articles.append(str(rdf.article_iri))
            for place in rdf.article_graph.objects(None, location):
                places[str(place)] = places.get(str(place), 0) + 1
            articles += 1
        entity_quads.update(single.values())
        ox.serialize(sorted(entity_quads, key=str), nq, ox.RdfFormat.N_QUADS)
        triples += len(entity_quads)
    meta = {"events": events, "articles": articles, "quads": triples, "seed": seed,
            "entity_triples": len(entity_quads), "sample_events": sample_events,
            "sample_articles": sample_articles,
            "top_places": sorted(places, key=lambda p: (-places[p], p))[:10],
            "nq_bytes": (out / "kg.nq").stat().st_size,
            "seconds": round(time.perf_counter() - started, 1)}
    (out / "meta.json").write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")
    return meta


def data_dir(events: int) -> Path:
    """Default location of the data for ``events`` events (git-ignored)."""
    label = f"{events // 1000}k" if events % 1000 == 0 else str(events)
    return ROOT / "bench" / "data" / f"kg-{label}"


def ensure(events: int, seed: int = 6) -> Path:
    """The data directory for ``events``, generated when missing (other scripts call this)."""
    out = data_dir(events)
    meta = out / "meta.json"
    if not meta.exists() or json.loads(meta.read_text())["seed"] != seed:
        print(f"generating {events} events into {out} …", file=sys.stderr, flush=True)
        write(events, out, seed)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=1000)
    ap.add_argument("--out", type=Path)
    ap.add_argument("--seed", type=int, default=6)
    args = ap.parse_args()
    meta = write(args.events, args.out or data_dir(args.events), args.seed)
    print(json.dumps({k: v for k, v in meta.items() if not isinstance(v, list)}))


if __name__ == "__main__":
    main()
