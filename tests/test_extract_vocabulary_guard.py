"""No vocabulary in code: phrase lists live in extract/data/ and are compiled by lexicon.py.

A string literal in extract/*.py that alternates three or more words ("hanged|executed|shot")
or a Python collection of three or more word strings is vocabulary. Modules not listed in
REMAINING must hold none; a listed module may hold at most its pinned number, which only goes
down as its lists move to the data files (so a new inline list fails this test at once).
"""
import ast
import re
from pathlib import Path

import extract

SOURCE = Path(extract.__file__).resolve().parent
# words standing alone between alternation bars or brackets: "(?:hanged|executed|shot)"
_ALTERNATIVE = re.compile(r"(?<=[(|:])[A-Za-z][a-z'’-]+(?:\\s\+[a-z]+)*(?=[|)])")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’ -]*")
# the extractor's own names for kinds of things (Count.noun, events, claim kinds, fields): code, not vocabulary
_NAMES = {"person", "more", "ellipsis", "execution", "total", "ordinal", "range", "name", "comparison",
          "carried_out", "executed", "sentenced", "imminent", "event", "aggregate", "title", "text"}

# module -> inline lists it still holds (lists not yet moved to extract/data/)
REMAINING = {
    
    "notions.py": 1,
}


def inline_lists(path: Path) -> list[str]:
    """The vocabulary-like literals of one module, each as a short excerpt."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value.count("|") >= 2:
            if len(_ALTERNATIVE.findall(node.value)) >= 3:
                found.append(node.value[:60])
        elif isinstance(node, (ast.List, ast.Tuple, ast.Set)) and len(node.elts) >= 3:
            words = [e.value for e in node.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)]
            if len(words) == len(node.elts) and all(_WORD.fullmatch(w) for w in words) and not set(words) <= _NAMES:
                found.append(", ".join(words)[:60])
    return found


def test_a_module_holds_no_more_inline_vocabulary_than_pinned():
    report = {}
    for path in sorted(SOURCE.glob("*.py")):
        lists = inline_lists(path)
        if len(lists) > REMAINING.get(path.name, 0):
            report[path.name] = lists
    assert not report, f"inline vocabulary (move it to extract/data/ and compile it in lexicon.py): {report}"


def test_the_guard_sees_an_inline_list(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text('import re\nX = re.compile(r"\\b(?:hanged|executed|shot)\\b")\nY = ("murder", "rape", "drugs")\n')
    assert len(inline_lists(sample)) == 2
