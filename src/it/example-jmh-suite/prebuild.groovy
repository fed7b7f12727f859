// Builds examples/jmh-suite as it is (see src/it/lib/examples.groovy).
evaluate(new File(itLib, 'examples.groovy')).copy('jmh-suite', basedir)
