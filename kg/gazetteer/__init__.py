"""The offline gazetteer's build: open data (../shared/opendata) turned into the compact files under data/gazetteer/.

Only `python -m kg.gazetteer.build` uses this package; kg reads the built files (kg.extract.lexicon) and never
the sources, so its build-time libraries (pycountry, wordfreq: the `gazetteer` extra) are not needed to run kg;
babel is a run-time dependency too (kg.extract.elections names a country's contest with it).
"""
