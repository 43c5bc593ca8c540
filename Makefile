# Two commands do all set-up on a fresh machine: `make demo` and `make test`.
# Both create their own virtual environment (.venv) and install naskah into it (not editable).

PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.terpasang
SOURCES := $(shell find src templates -type f ! -name '*.pyc') setup.cfg pyproject.toml

.PHONY: demo test bench tata-letak clean

$(STAMP): $(SOURCES)
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet ".[test]"
	touch $(STAMP)

# With LibreOffice installed the demo writes the PDFs too, so a newcomer sees finished pages.
demo: $(STAMP)
	$(BIN)/naskah periksa examples/advokasi-palopo.yaml
	$(BIN)/naskah semua examples/advokasi-palopo.yaml -o hasil/advokasi-palopo --timpa \
		$$(command -v soffice >/dev/null 2>&1 && echo --pdf)
	@echo "Perintah naskah terpasang di $(BIN)/naskah; coba: $(BIN)/naskah --help"

test: $(STAMP)
	$(BIN)/ruff check src tests tools
	$(BIN)/ruff format --check src tests tools
	$(BIN)/mypy
	$(BIN)/python -m pytest

# The larger layout sweep (issue 11): ACARA seeded events from benih MULAI, every kind through LibreOffice.
ACARA ?= 120
MULAI ?= 1000
tata-letak: $(STAMP)
	$(BIN)/python -m tests.tata_letak --acara $(ACARA) --mulai $(MULAI)

bench: $(STAMP)
	$(BIN)/python tools/bench_undangan.py
	$(BIN)/python tools/bench_pdf.py

clean:
	rm -rf $(VENV) hasil build src/*.egg-info
