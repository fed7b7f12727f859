// Builds examples/demo as it is (see src/it/lib/examples.groovy).
evaluate(new File(itLib, 'examples.groovy')).copy('demo', basedir)
