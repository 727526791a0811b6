package org.newsroom.pipeline.local.process;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;

/**
 * Builds the command line of a child JVM that runs a main class from the launcher's own
 * classpath, whether the launcher runs from a plain classpath or from its executable jar.
 */
public final class JavaCommand {

	private static final String BOOT_LOADER_PACKAGE = "org.springframework.boot.loader.";

	private static final String PROPERTIES_LAUNCHER = BOOT_LOADER_PACKAGE + "launch.PropertiesLauncher";

	private final String javaExecutable;

	private final String classpath;

	private final boolean bootJar;

	JavaCommand(String javaExecutable, String classpath, boolean bootJar) {
		this.javaExecutable = javaExecutable;
		this.classpath = classpath;
		this.bootJar = bootJar;
	}

	/**
	 * The command builder for the running JVM.
	 * @return a builder that reuses this JVM's java executable and classpath
	 */
	public static JavaCommand current() {
		String classpath = System.getProperty("java.class.path");
		return new JavaCommand(javaExecutable(), classpath, isBootJar(classpath));
	}

	/**
	 * The java executable of the running JVM.
	 * @return the absolute path of {@code bin/java}
	 */
	public static String javaExecutable() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	/**
	 * A command that runs {@code mainClass} with the launcher's classpath.
	 * @param jvmOptions options such as {@code -Xmx256m}
	 * @param mainClass the class whose {@code main} runs
	 * @param args program arguments
	 * @return the command line
	 */
	public List<String> command(List<String> jvmOptions, String mainClass, List<String> args) {
		List<String> command = new ArrayList<>();
		command.add(this.javaExecutable);
		command.addAll(jvmOptions);
		command.add("-cp");
		command.add(this.classpath);
		if (this.bootJar) {
			// The executable jar nests its libraries; Boot's launcher unpacks them for
			// any main class.
			command.add("-Dloader.main=" + mainClass);
			command.add(PROPERTIES_LAUNCHER);
		}
		else {
			command.add(mainClass);
		}
		command.addAll(args);
		return command;
	}

	private static boolean isBootJar(String classpath) {
		if (classpath == null || classpath.contains(File.pathSeparator) || !classpath.endsWith(".jar")) {
			return false;
		}
		try (JarFile jar = new JarFile(classpath)) {
			String mainClass = (jar.getManifest() != null)
					? jar.getManifest().getMainAttributes().getValue("Main-Class") : null;
			return mainClass != null && mainClass.startsWith(BOOT_LOADER_PACKAGE);
		}
		catch (IOException ex) {
			return false;
		}
	}

}
