#!/usr/bin/env python3
"""Writes Resources/SharedResource.en.resx from a French->English table (French keys are the UI text).
Usage: scripts/resx.py  (reads scripts/translations.en.tsv; reports view keys with no translation)."""
import pathlib, re, sys
from xml.sax.saxutils import escape

root = pathlib.Path(__file__).resolve().parent.parent
web = root / "src/Facturation.Web"
table = {}
for line in (root / "scripts/translations.en.tsv").read_text(encoding="utf-8").splitlines():
    if line.strip() and not line.startswith("#"):
        fr, en = line.split("\t")
        table[fr] = en
keys = set()
for view in web.rglob("*.cshtml"):
    keys.update(re.findall(r'L\["([^"]+)"', view.read_text(encoding="utf-8")))
missing = sorted(k for k in keys if k not in table)
entries = "\n".join(
    f'  <data name="{escape(k, {chr(34): "&quot;"})}" xml:space="preserve">\n    <value>{escape(v)}</value>\n  </data>'
    for k, v in sorted(table.items()))
(web / "Resources/SharedResource.en.resx").write_text(f"""<?xml version="1.0" encoding="utf-8"?>
<root>
  <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>
  <resheader name="version"><value>2.0</value></resheader>
  <resheader name="reader"><value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
  <resheader name="writer"><value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
{entries}
</root>
""", encoding="utf-8")
if missing:
    print("untranslated (shown in French):", *missing, sep="\n  ")
