#!/usr/bin/env python3
"""Prints the size of the milestone decoder's vocabulary (Lexicon.swift): its words
and two-word units, and how many signals the scorer weighs (make accuracy)."""
import os, re
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
text = open(os.path.join(root, "Sources/DebriefReader/Milestones/Lexicon.swift")).read()
classes = text[text.index("static let classes"):text.index("static let compounds")]
compounds = text[text.index("static let compounds"):text.index("static let words")]
words = {w.rstrip("=") for w in re.findall(r'"([^"]+)"', classes)}
units = re.findall(r'\("([a-z]+)", "([a-z]+)", \[', compounds)
scorer = open(os.path.join(root, "Sources/DebriefReader/Milestones/MilestoneScorer.swift")).read()
signals = set(re.findall(r'add\("([A-Za-z]+)"', scorer))
print(f"vocabulary: {len(words)} words and {len(units)} two-word units in {classes.count('(.')} cue classes; "
      f"the scorer weighs {len(signals)} signals plus labels, windows and first-of-kind")
