"""Run the benchmarks (each in its own process, so peak memory is per benchmark).

python bench/run.py [NAME ...]      # default: all; results in bench/results/*.json
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BENCHMARKS = {
    "ingest": ["bench_ingest.py"],
    "neardup": ["bench_neardup.py"],
    "extract": ["bench_extract.py"],
    "extract_cost": ["bench_extract_cost.py"],
    "learned_events": ["bench_learned_events.py"],
    "finetuned_events": ["bench_finetuned_events.py"],  # about 20 minutes
    "event_words": ["bench_event_words.py"],  # about five minutes
    "forecastbench": ["bench_forecastbench.py"],
    "link": ["bench_link.py"],
    "news_forecast": ["bench_news_forecast.py"],
    "forecast": ["bench_forecast.py"],
    "brief": ["bench_brief.py"],
}


def main(names: list[str]) -> int:
    failed = []
    for name in names or list(BENCHMARKS):
        script = HERE / BENCHMARKS[name][0]
        if not script.exists():
            print(f"-- {name}: {script.name} not present, skipped")
            continue
        print(f"== {name}")
        if subprocess.run([sys.executable, str(script), *BENCHMARKS[name][1:]]).returncode:
            failed.append(name)
    if failed:
        print(f"failed: {', '.join(failed)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
