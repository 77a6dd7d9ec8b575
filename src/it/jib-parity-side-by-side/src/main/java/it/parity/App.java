package it.parity;

import com.google.gson.Gson;
import java.io.InputStream;
import java.util.Properties;
import org.apache.commons.lang3.StringUtils;

/**
 * Prints what it was started with: its arguments, a JVM flag, an environment variable, a resource
 * and its classpath, using classes from both dependencies so that a missing jar fails the run.
 */
public final class App {

  public static void main(String[] args) throws Exception {
    Properties resource = new Properties();
    try (InputStream in = App.class.getResourceAsStream("/app.properties")) {
      resource.load(in);
    }
    System.out.println("args=" + new Gson().toJson(args));
    System.out.println("greeting=" + StringUtils.defaultString(System.getenv("GREETING"), "-"));
    System.out.println("mode=" + System.getProperty("parity.mode", "-"));
    System.out.println("resource=" + resource.getProperty("name"));
    System.out.println("classpath=" + System.getProperty("java.class.path"));
  }
}
