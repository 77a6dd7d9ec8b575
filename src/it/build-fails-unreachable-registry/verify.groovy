def Errors = evaluate(new File(itLib, 'errors.groovy'))
Errors.assertFailedCleanly(basedir,
    ['''Could not reach the registry localhost:1'''],
    [])
return true
