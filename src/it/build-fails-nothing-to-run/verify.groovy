def Errors = evaluate(new File(itLib, 'errors.groovy'))
Errors.assertFailedCleanly(basedir,
    ['''<container><entrypoint> and <container><cmd> are both empty'''],
    [])
return true
