#!/usr/bin/env python3
"""Check the refund-guide fragments in this directory (Python 3 standard library only).

Each PROFILE.LANG.html file must be one <article> fragment with the section ids of its
profile, in order, with working labels; external links must be https and open in a new tab
with rel="noopener noreferrer"; ids must be unique; Chinese text on the English pages must
sit inside an element with lang="zh...". Prints every problem found and exits 1 if there is
any, 0 otherwise.

Usage: python3 check.py [DIRECTORY]   (default: the directory of this script)
"""

import os
import re
import sys
from html.parser import HTMLParser

PROVIDER_SECTIONS = [
    "scope", "time-limit", "quota", "promo", "vouchers", "partial",
    "how-to-apply", "notes", "readings", "unknowns", "sources",
]

SECTIONS = {
    "article": ["scope", "time-limit", "how-to-apply", "notes", "summary", "differences"],
    "aliyun": ["aliyun-" + s for s in PROVIDER_SECTIONS],
    "tencent": ["tencent-" + s for s in PROVIDER_SECTIONS],
    "huawei": ["huawei-" + s for s in PROVIDER_SECTIONS],
}
LANGS = ["zh", "en"]

ALLOWED = {"h2", "h3", "p", "ul", "ol", "li", "a", "span", "strong", "section",
           "article", "code", "time"}
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
        "source", "track", "wbr"}

# CJK ideographs, CJK punctuation, full-width forms and the other blocks Chinese text uses.
CJK = re.compile(
    "[\u2e80-\u2fdf\u3000-\u303f\u3040-\u30ff\u3100-\u312f\u31a0-\u31bf\u3200-\u9fff"
    "\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\U00020000-\U0003134f]"
)


class Node:
    def __init__(self, tag, attrs, line, parent):
        self.tag = tag
        self.attrs = attrs
        self.line = line
        self.parent = parent
        self.children = []
        self.text = []  # (text, line) directly inside this element

    def get(self, name):
        return self.attrs.get(name)

    def lang(self):
        node = self
        while node is not None:
            if node.tag != "#root" and "lang" in node.attrs:
                return node.attrs["lang"] or ""
            node = node.parent
        return ""

    def iter(self):
        yield self
        for child in self.children:
            yield from child.iter()

    def all_text(self):
        parts = [t for t, _ in self.text]
        for child in self.children:
            parts.append(child.all_text())
        return "".join(parts)


class Fragment(HTMLParser):
    """Builds a tree and records nesting errors instead of repairing them."""

    def __init__(self, errors):
        super().__init__(convert_charrefs=True)
        self.errors = errors
        self.root = Node("#root", {}, 0, None)
        self.current = self.root

    def err(self, msg):
        self.errors.append(f"line {self.getpos()[0]}: {msg}")

    def handle_starttag(self, tag, attrs):
        names = [n for n, _ in attrs]
        for dup in sorted({n for n in names if names.count(n) > 1}):
            self.err(f"<{tag}> has the attribute {dup!r} more than once")
        attr = {n: (v if v is not None else "") for n, v in attrs}
        if tag not in ALLOWED:
            self.err(f"<{tag}> is not an allowed element")
        if "style" in attr:
            self.err(f"<{tag}> has an inline style")
        for name in attr:
            if name.startswith("on"):
                self.err(f"<{tag}> has an event handler attribute {name!r}")
        node = Node(tag, attr, self.getpos()[0], self.current)
        self.current.children.append(node)
        if tag not in VOID:
            self.current = node

    def handle_startendtag(self, tag, attrs):
        if tag not in VOID:
            self.err(f"<{tag}/> is not a void element and must not be self-closed")
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag):
        if tag in VOID:
            self.err(f"</{tag}> closes a void element")
            return
        if self.current.tag == tag:
            self.current = self.current.parent
            return
        open_tags = []
        node = self.current
        while node is not self.root:
            open_tags.append(node.tag)
            node = node.parent
        if tag in open_tags:
            self.err(f"</{tag}> closes <{tag}> while <{self.current.tag}> "
                     f"(opened on line {self.current.line}) is still open")
            while self.current.tag != tag:
                self.current = self.current.parent
            self.current = self.current.parent
        else:
            self.err(f"</{tag}> has no matching open <{tag}>")

    def handle_data(self, data):
        self.current.text.append((data, self.getpos()[0]))

    def handle_comment(self, data):
        self.err("HTML comments are not allowed")

    def handle_decl(self, decl):
        self.err(f"declaration <!{decl}> is not allowed in a fragment")

    def handle_pi(self, data):
        self.err("processing instructions are not allowed")

    def unknown_decl(self, data):
        self.err(f"unknown declaration {data!r}")

    def close(self):
        super().close()
        node = self.current
        while node is not self.root:
            self.errors.append(f"line {node.line}: <{node.tag}> is never closed")
            node = node.parent


def element_children(node):
    return [c for c in node.children]


def check_file(path, profile, lang):
    """Returns (errors, section ids found)."""
    errors = []
    with open(path, encoding="utf-8") as f:
        source = f.read()
    parser = Fragment(errors)
    parser.feed(source)
    parser.close()
    root = parser.root

    # Nothing but whitespace outside the single <article>.
    stray = "".join(t for t, _ in root.text).strip()
    if stray:
        errors.append(f"text outside the <article>: {stray[:40]!r}")
    tops = element_children(root)
    if len(tops) != 1 or tops[0].tag != "article":
        errors.append(f"the fragment must be exactly one <article>, found "
                      f"{[t.tag for t in tops]}")
        return errors, []
    art = tops[0]

    # Unique ids.
    ids = {}
    for node in root.iter():
        if node is root or "id" not in node.attrs:
            continue
        i = node.attrs["id"]
        if i in ids:
            errors.append(f"line {node.line}: duplicate id {i!r} (first on line {ids[i].line})")
        else:
            ids[i] = node

    # The outer article.
    want = {
        "class": "guide-profile",
        "id": f"guide-{profile}",
        "data-profile": profile,
        "aria-labelledby": f"guide-{profile}-title",
    }
    for name, value in want.items():
        if art.get(name) != value:
            errors.append(f"<article> {name}={art.get(name)!r}, expected {value!r}")
    kids = element_children(art)
    if not kids or kids[0].tag != "h2" or kids[0].get("id") != f"guide-{profile}-title":
        errors.append(f"the first child of <article> must be <h2 id=\"guide-{profile}-title\">")
    elif not kids[0].all_text().strip():
        errors.append("the <h2> title is empty")
    if len(kids) < 2 or kids[1].tag != "p" or kids[1].get("class") != "intro":
        errors.append("the second child of <article> must be <p class=\"intro\">")
    for extra in kids[2:]:
        if extra.tag != "section":
            errors.append(f"line {extra.line}: <article> may only hold <h2>, <p class=\"intro\"> "
                          f"and <section>s, found <{extra.tag}>")
    if "".join(t for t, _ in art.text).strip():
        errors.append("loose text directly inside <article>")

    # Sections.
    sections = [k for k in kids if k.tag == "section"]
    found = [s.get("id") for s in sections]
    expected = SECTIONS[profile]
    if found != expected:
        errors.append(f"section ids {found} differ from the expected {expected}")
    for sec in sections:
        sid = sec.get("id") or "?"
        if sec.get("class") != "guide-section":
            errors.append(f"section {sid}: class={sec.get('class')!r}, expected 'guide-section'")
        if sec.get("data-testid") != f"guide-{sid}":
            errors.append(f"section {sid}: data-testid={sec.get('data-testid')!r}, "
                          f"expected 'guide-{sid}'")
        if sec.get("tabindex") != "-1":
            errors.append(f"section {sid}: tabindex must be -1")
        # Sections are not named regions (they would crowd the landmarks list); each opens with
        # its <h3 id="SECTION-title">, which the results' links name.
        if sec.get("aria-labelledby") is not None:
            errors.append(f"section {sid}: no aria-labelledby (it would make a landmark)")
        label = f"{sid}-title"
        target = ids.get(label)
        if target is None:
            errors.append(f"section {sid}: no heading with id {label!r}")
        else:
            inside = target.parent is sec or any(n is target for n in sec.iter())
            if target.tag != "h3" or not inside:
                errors.append(f"section {sid}: {label!r} must be an <h3> inside it")
            elif not target.all_text().strip():
                errors.append(f"section {sid}: the heading is empty")
        body = [n for n in sec.iter() if n is not sec and n.tag in ("p", "li")]
        if not body:
            errors.append(f"section {sid}: no paragraph or list item")

    if profile == "article":
        diff = next((s for s in sections if s.get("id") == "differences"), None)
        if diff is not None:
            nodes = list(diff.iter())
            if not any(n.tag == "p" and n.get("class") == "source" for n in nodes):
                errors.append("differences: no <p class=\"source\"> credit")
            if not any(n.tag == "p" and n.get("class") == "disclaimer"
                       and n.get("data-testid") == "disclaimer" for n in nodes):
                errors.append("differences: no <p class=\"disclaimer\" data-testid=\"disclaimer\">")
            if not any(n.tag in ("ul", "ol") for n in nodes):
                errors.append("differences: no list of differences")

    # Content models (HTML5): headings and paragraphs hold phrasing content only, lists hold
    # only <li>, and links do not nest.
    phrasing = {"a", "span", "strong", "code", "time"}
    for node in root.iter():
        if node is root:
            continue
        if node.tag in ("h2", "h3", "p") or node.tag in phrasing:
            for child in node.children:
                if child.tag not in phrasing:
                    errors.append(f"line {child.line}: <{child.tag}> is not allowed inside "
                                  f"<{node.tag}> (phrasing content only)")
        if node.tag in ("ul", "ol"):
            for child in node.children:
                if child.tag != "li":
                    errors.append(f"line {child.line}: <{child.tag}> directly inside <{node.tag}>")
            if "".join(t for t, _ in node.text).strip():
                errors.append(f"line {node.line}: loose text directly inside <{node.tag}>")
        if node.tag == "li" and node.parent.tag not in ("ul", "ol"):
            errors.append(f"line {node.line}: <li> outside a list")
        if node.tag == "a":
            parent = node.parent
            while parent is not None and parent is not root:
                if parent.tag == "a":
                    errors.append(f"line {node.line}: nested <a>")
                    break
                parent = parent.parent

    # Links.
    for node in root.iter():
        if node.tag != "a":
            continue
        href = node.get("href")
        where = f"line {node.line}: <a href={href!r}>"
        if href is None or not href.strip():
            errors.append(f"{where} has no href")
            continue
        if not node.all_text().strip() and not node.get("aria-label"):
            errors.append(f"{where} has no text")
        low = href.strip().lower()
        if low.startswith("http://"):
            errors.append(f"{where} must use https")
        elif low.startswith("https://"):
            if node.get("rel") != "noopener noreferrer":
                errors.append(f"{where} needs rel=\"noopener noreferrer\" (has {node.get('rel')!r})")
            if node.get("target") != "_blank":
                errors.append(f"{where} needs target=\"_blank\" (has {node.get('target')!r})")
            if re.search(r"\s", href) or CJK.search(href):
                errors.append(f"{where} must be percent-encoded (spaces or CJK in the URL)")
        elif low.startswith("#"):
            if href[1:] not in ids:
                errors.append(f"{where} points to an id that is not in this guide")
        else:
            errors.append(f"{where}: only https links and #fragment links are allowed")

    # Language of the text.
    if lang == "en":
        for node in root.iter():
            if node.lang().lower().startswith("zh"):
                continue
            for text, line in node.text:
                m = CJK.search(text)
                if m:
                    errors.append(f"line {line}: Chinese text outside a lang=\"zh...\" element: "
                                  f"{text.strip()[:40]!r}")
            for name, value in node.attrs.items():
                if CJK.search(value or ""):
                    errors.append(f"line {node.line}: Chinese text in the {name!r} attribute "
                                  f"of <{node.tag}>")
    for node in root.iter():
        l = node.attrs.get("lang") if node is not root else None
        if l is not None and l not in ("zh-CN", "en"):
            errors.append(f"line {node.line}: lang={l!r}; use 'zh-CN' or 'en'")

    return errors, found


def main():
    here = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    failures = 0
    checked = 0
    for profile in SECTIONS:
        per_lang = {}
        for lang in LANGS:
            name = f"{profile}.{lang}.html"
            path = os.path.join(here, name)
            if not os.path.exists(path):
                print(f"FAIL {name}: file is missing")
                failures += 1
                continue
            errors, found = check_file(path, profile, lang)
            per_lang[lang] = found
            checked += 1
            if errors:
                failures += len(errors)
                for e in errors:
                    print(f"FAIL {name}: {e}")
        if len(per_lang) == 2 and per_lang["zh"] != per_lang["en"]:
            failures += 1
            print(f"FAIL {profile}: zh and en section ids differ: "
                  f"{per_lang['zh']} vs {per_lang['en']}")
    if failures:
        print(f"{failures} problem(s) found in {checked} file(s).")
        return 1
    print(f"OK: {checked} guide fragments checked.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
