def Errors = evaluate(new File(itLib, 'errors.groovy'))
Errors.assertFailedCleanly(basedir,
    ['''The registry 127.0.0.1:5555 refused the credentials of user 'entrypoint-it' from settings.xml <server><id>127.0.0.1:5555</id>''',
    '''check the <username> and <password> of <server><id>127.0.0.1:5555</id> in settings.xml'''],
    ['''not-the-password-9z'''])
return true
