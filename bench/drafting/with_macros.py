#!/usr/bin/env python3
"""Adds to each line of a draft sample what the sample tool does not ask for: the macro the draft
came from, whether the post was left as "needs a reply" (no draft text), and the closest macros.
Usage: with_macros.py BASE_URL SAMPLE.jsonl  (auth: FIRSTLINE_USER / FIRSTLINE_PASS)"""
import base64, json, os, sys, urllib.request

base, path = sys.argv[1], sys.argv[2]
auth = base64.b64encode(f'{os.environ["FIRSTLINE_USER"]}:{os.environ["FIRSTLINE_PASS"]}'.encode()).decode()
request = urllib.request.Request(base + "/api/drafts?limit=1000", headers={"Authorization": "Basic " + auth})
drafts = {d["postId"]: d for d in json.load(urllib.request.urlopen(request, timeout=30))}
lines = [json.loads(line) for line in open(path)]
with open(path, "w") as out:
    for line in lines:
        draft = drafts.get(line["id"], {})
        line["macro"] = draft.get("macroId")
        line["needs_reply"] = draft.get("needsReply", False)
        line["closest_macros"] = [m["id"] for m in draft.get("alternatives", [])]
        out.write(json.dumps(line) + "\n")
print(json.dumps({"lines": len(lines), "needs_reply": sum(l["needs_reply"] for l in lines),
                  "no_reply_needed": sum(1 for l in lines if not l["needs_reply"] and not l.get("draft") and l.get("macro"))}))
