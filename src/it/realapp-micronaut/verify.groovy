def Engines = evaluate(new File(itLib, 'engines.groovy'))
def RealApp = evaluate(new File(itLib, 'realapp.groovy'))
RealApp.prove(Engines, basedir, 'plain Java', 8080, '/hello/container', /"Hello, container"/, [])
return true
