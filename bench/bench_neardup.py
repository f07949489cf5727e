"""Near-duplicate detection precision and recall on tests/data/neardup.

python bench/bench_neardup.py      # writes bench/results/neardup.json
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import ROOT, write_result  # noqa: E402

from tidings.ingest.dedupe_eval import evaluate_pairs  # noqa: E402

if __name__ == "__main__":
    figures = evaluate_pairs(ROOT / "tests" / "data" / "neardup")
    write_result("neardup", figures, "python bench/bench_neardup.py")
    print({k: figures[k] for k in ("pairs", "precision", "recall", "f1")})
