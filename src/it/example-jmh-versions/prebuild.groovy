// Builds examples/jmh-versions as it is (see src/it/lib/examples.groovy).
evaluate(new File(itLib, 'examples.groovy')).copy('jmh-versions', basedir)
