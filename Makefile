.PHONY: run test

# Set up and serve the demo site at http://127.0.0.1:8000
run:
	scripts/run

# Set up and run the whole test suite
test:
	scripts/test
