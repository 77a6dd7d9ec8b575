def Engines = evaluate(new File(itLib, 'engines.groovy'))
def RealApp = evaluate(new File(itLib, 'realapp.groovy'))
def log = new File(basedir, 'build.log').text

// Spring Boot's packaging rules: devtools and docker-compose support stay out, as in its own jar.
assert log.contains('Application layout: Spring Boot (the project uses spring-boot-maven-plugin)')
assert log =~ /spring-boot-devtools-[\d.]+\.jar \(development only: <excludeDevtools> is true, the default\)/
assert log =~ /spring-boot-docker-compose-[\d.]+\.jar \(development only: <excludeDockerCompose> is true, the default\)/
// Two classes have a main method; start-class chooses, as spring-boot-maven-plugin's mainClass does.
assert log.contains("'docker run ep-realapp-spring-boot-jpa:1.0' executes: java -cp")
assert log.contains('it.realapp.greetings.GreetingsApplication')
// jdeps meets jakarta.transaction, whose module requires jakarta.cdi, absent here: no failure.
assert !log.contains('FindException')

def measured = RealApp.prove(Engines, basedir, 'Spring Boot', 8080, '/greetings', /Hello from JPA/,
    ['spring-boot-devtools', 'spring-boot-docker-compose'])
assert measured.modules.containsAll(['java.sql.rowset', 'jdk.unsupported', 'jdk.crypto.ec', 'jdk.zipfs', 'jdk.naming.dns', 'jdk.management'])
return true
