package org.newsroom.pipeline.publish.feed;

import java.io.StringReader;
import java.util.Iterator;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * A strict, namespace-aware XML parser for the tests: what it reads, any feed reader
 * reads.
 */
public final class SecureXml {

	private static final Map<String, String> PREFIXES = Map.of("atom", "http://www.w3.org/2005/Atom", "itunes",
			"http://www.itunes.com/dtds/podcast-1.0.dtd", "podcast", "https://podcastindex.org/namespace/1.0", "dc",
			"http://purl.org/dc/elements/1.1/", "content", "http://purl.org/rss/1.0/modules/content/");

	private SecureXml() {
	}

	public static Document parse(String xml) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setExpandEntityReferences(false);
			return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
		}
		catch (Exception ex) {
			throw new AssertionError("not well-formed XML: " + ex.getMessage() + "\n" + xml, ex);
		}
	}

	public static String text(Document document, String xpath) {
		try {
			return (String) xpath().evaluate(xpath, document, XPathConstants.STRING);
		}
		catch (Exception ex) {
			throw new AssertionError(xpath, ex);
		}
	}

	public static int count(Document document, String xpath) {
		try {
			return ((NodeList) xpath().evaluate(xpath, document, XPathConstants.NODESET)).getLength();
		}
		catch (Exception ex) {
			throw new AssertionError(xpath, ex);
		}
	}

	private static XPath xpath() {
		XPath xpath = XPathFactory.newInstance().newXPath();
		xpath.setNamespaceContext(new NamespaceContext() {
			@Override
			public String getNamespaceURI(String prefix) {
				return PREFIXES.getOrDefault(prefix, XMLConstants.NULL_NS_URI);
			}

			@Override
			public String getPrefix(String namespaceUri) {
				return null;
			}

			@Override
			public Iterator<String> getPrefixes(String namespaceUri) {
				return null;
			}
		});
		return xpath;
	}

}
