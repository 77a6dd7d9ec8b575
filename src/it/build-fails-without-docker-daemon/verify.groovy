def Errors = evaluate(new File(itLib, 'errors.groovy'))
Errors.assertFailedCleanly(basedir,
    ['''The Docker daemon could not be used''',
    '''<target>tar</target>'''],
    [])
return true
