"""The scale section's reactor: shop-core (the sample's sources as a library) and ten service
modules, each a main class on it with entrypoint:build bound to package. The parent is the sample's
pom, so the dependencies and the plugin's configuration are the sample's."""

import shutil
import xml.etree.ElementTree as ElementTree

from .contenders import Contender, NoOutput, Timing, edit_one_class
from .workspace import PREFIX, remove_image, run_logged

SERVICES = 10
_POM = "{http://maven.apache.org/POM/4.0.0}"


class Reactor:
    """The reactor's directory and its modules."""

    def __init__(self, workspace):
        self.workspace = workspace
        self.root = workspace.apps / "reactor"
        self.services = [f"{n:02d}" for n in range(1, SERVICES + 1)]

    @classmethod
    def create(cls, workspace):
        built = cls(workspace)
        templates = workspace.repo_root / "src" / "bench" / "reactor"
        shutil.rmtree(built.root, ignore_errors=True)
        core = built.root / "shop-core"
        core.mkdir(parents=True)
        shutil.copytree(workspace.sample / "src", core / "src")
        shutil.copy(templates / "core-pom.xml", core / "pom.xml")
        built._parent(["shop-core"] + [f"service-{n}" for n in built.services]).write(
            built.root / "pom.xml", xml_declaration=True, encoding="UTF-8")
        for n in built.services:
            module = built.root / f"service-{n}"
            source = built.service_source(n)
            source.parent.mkdir(parents=True)
            source.write_text((templates / "Service.java.template").read_text().replace("{n}", n))
            (module / "pom.xml").write_text((templates / "module-pom.xml.template").read_text().replace("{n}", n))
        return built

    def _parent(self, modules):
        """The sample's pom as the reactor's parent: packaging pom, the modules, and entrypoint:build
        bound to package, with an image named after the module."""
        ElementTree.register_namespace("", _POM.strip("{}"))
        tree = ElementTree.parse(self.workspace.sample / "pom.xml")
        project = tree.getroot()
        project.find(f"{_POM}artifactId").text = "bench-reactor"
        project.find(f"{_POM}packaging").text = "pom"
        module_list = ElementTree.SubElement(project, f"{_POM}modules")
        for module in modules:
            ElementTree.SubElement(module_list, f"{_POM}module").text = module
        for plugin in project.iter(f"{_POM}plugin"):
            if plugin.findtext(f"{_POM}artifactId") == "entrypoint-maven-plugin":
                plugin.find(f"{_POM}configuration/{_POM}to/{_POM}image").text = \
                    "${bench.image.prefix}reactor-${project.artifactId}:1"
                execution = ElementTree.SubElement(ElementTree.SubElement(plugin, f"{_POM}executions"),
                                                   f"{_POM}execution")
                ElementTree.SubElement(ElementTree.SubElement(execution, f"{_POM}goals"), f"{_POM}goal").text = "build"
        return tree

    def service_source(self, n):
        return self.root / f"service-{n}" / "src/main/java/dev/entrypoint/bench/reactor" / f"Service{n}.java"

    def edit_service(self, number, revision):
        edit_one_class(self.service_source(f"{number:02d}"), revision)

    def remove_images(self):
        for n in self.services:
            remove_image(f"{PREFIX}reactor-service-{n}:1")


class ReactorBuild(Contender):
    """'mvn -o -T N GOALS' of the whole reactor; only the whole process is timed."""

    def __init__(self, workspace, reactor, threads, goals):
        self.threads = threads
        self.goals = goals
        super().__init__(workspace, f"reactor-T{threads}", f"-T {threads}")
        self.app = reactor.root
        self.cache = workspace.cache("reactor")

    def make_output(self):
        """The reactor's images are timed as a whole, not examined one by one."""
        return NoOutput()

    def build(self, log_path):
        argv = self.workspace.maven(self.app, self.goals, [f"-Dentrypoint.cacheDirectory={self.cache}"],
                                    threads=self.threads)
        whole = run_logged(argv, log_path)
        return Timing(whole, whole)
