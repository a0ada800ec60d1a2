"""`python -m bench.corpus_sweep OUT --seed S [--kinds K,..] [--axes A,..|new] [--no-check]`."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from bench.corpus_sweep.generate import GROUPS, KINDS, check, generate
from bench.corpus_sweep.new_axes import MIXED, NEW_AXES


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.corpus_sweep", description=__doc__)
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--kinds", default=",".join(KINDS))
    parser.add_argument("--axes", default="",
                        help="only these axis groups (a truth's `axis`); `new`: sweep 2's axes "
                             f"and their mixed documents; groups: {', '.join(GROUPS)}")
    parser.add_argument("--no-check", action="store_true",
                        help="skip the pdfplumber text-layer check of every document")
    args = parser.parse_args(argv)
    kinds = tuple(k.strip() for k in args.kinds.split(",") if k.strip())
    unknown = [k for k in kinds if k not in KINDS]
    if unknown:
        parser.error(f"unknown kind(s): {', '.join(unknown)}")
    axes = tuple(a.strip() for a in args.axes.split(",") if a.strip())
    if "new" in axes:
        axes = tuple(a for a in axes if a != "new") + NEW_AXES + (MIXED,)
    if set(axes) - set(GROUPS):
        parser.error(f"unknown axis group(s): {', '.join(sorted(set(axes) - set(GROUPS)))}")
    started = time.perf_counter()
    written = generate(args.out, args.seed, kinds, axes=axes)
    took = time.perf_counter() - started
    for kind in kinds:
        count = sum(1 for w in written if w.pdf.parent.name == kind)
        print(f"{kind}: {count} documents")
    print(f"generated in {took:.1f} s")
    if not args.no_check:
        problems = check(written)
        for problem in problems:
            print(problem, file=sys.stderr)
        print(f"text-layer check: {len(written) - len({p.split(':')[0] for p in problems})} of "
              f"{len(written)} documents clean")
        if problems:
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
