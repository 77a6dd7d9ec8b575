def Errors = evaluate(new File(itLib, 'errors.groovy'))
Errors.assertFailedCleanly(basedir,
    ['''<from><image> is tar://''',
    '''no/such/base.tar, and there is no such file. Save an image there first'''],
    [])
return true
