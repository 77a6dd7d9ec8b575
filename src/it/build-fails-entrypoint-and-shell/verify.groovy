def Errors = evaluate(new File(itLib, 'errors.groovy'))
Errors.assertFailedCleanly(basedir,
    ['''<container><entrypoint> and <container><entrypointShell> are both set; keep one.'''],
    [])
return true
