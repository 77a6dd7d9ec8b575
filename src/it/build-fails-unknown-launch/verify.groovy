def Errors = evaluate(new File(itLib, 'errors.groovy'))
Errors.assertFailedCleanly(basedir,
    ['''<container><launch> is 'entrypoint', which is not a launch contract: use 'arguments''''],
    [])
return true
