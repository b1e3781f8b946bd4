# Developer shortcuts; the README's two commands (bash dev.sh workshop|test) need no make.
PY ?= .venv/bin/python
SEED_ARTICLE = data/articles/networking.hi.txt
SEED_BANK = data/banks/networking.hi.json

.PHONY: bank test lint bench workshop
bank: $(SEED_BANK)            ## regenerate the committed seed bank

$(SEED_BANK): $(SEED_ARTICLE) $(wildcard netquiz/generate/distractors/*.json) $(shell find netquiz/generate netquiz/language netquiz/article.py netquiz/text.py -name '*.py')
	$(PY) -m netquiz generate $(SEED_ARTICLE) -o $(SEED_BANK) --seed 0

test:
	bash dev.sh test

lint:
	$(PY) -m ruff check netquiz tests bench

bench:
	$(PY) bench/generate.py
	$(PY) bench/dashboard.py
	$(PY) bench/participant.py

workshop:
	bash dev.sh workshop
