package org.newsroom.pipeline.local.e2e;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Hands the shared {@link SampleTrafficStack} to test methods and {@code @BeforeAll}
 * methods that ask for it.
 */
public final class SampleTrafficExtension implements ParameterResolver {

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		return parameter.getParameter().getType() == SampleTrafficStack.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
		return SampleTrafficStack.shared(context);
	}

}
