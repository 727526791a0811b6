package org.newsroom.pipeline.console.page;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Reading and writing the filter fields of the list pages: blank means no filter, times
 * are ISO instants or, as a browser's date-time field sends them, UTC local date-times.
 */
public final class FilterParams {

	private FilterParams() {
	}

	/**
	 * A text field of a filter form.
	 * @param value what was typed
	 * @return it stripped, or {@code null} when blank
	 */
	public static String text(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	/**
	 * A time field of a filter form.
	 * @param value what was typed or picked
	 * @return the time, or {@code null} when blank
	 * @throws ResponseStatusException a bad request when it is no time, since a link
	 * edited by hand must not look like a failure of the console
	 */
	public static Instant time(String value) {
		String text = text(value);
		if (text == null) {
			return null;
		}
		try {
			return Instant.parse(text);
		}
		catch (DateTimeParseException ex) {
			return localTime(text);
		}
	}

	private static Instant localTime(String text) {
		try {
			return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
		}
		catch (DateTimeParseException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
					"'" + text + "' is no time: give one such as 2025-03-04T05:06 (UTC) or 2025-03-04T05:06:07Z", ex);
		}
	}

	/**
	 * The link to another page of a list with the same filter.
	 * @param path the list's path
	 * @param filter the filter fields, blank ones left out
	 * @param page the page to link to
	 * @return the link
	 */
	public static String pageLink(String path, Map<String, String> filter, int page) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
		filter.forEach((name, value) -> {
			if (text(value) != null) {
				uri.queryParam(name, value);
			}
		});
		return uri.queryParam("page", page).encode().build().toUriString();
	}

	/**
	 * Adds the links to the newer and the older page of a list, {@code null} where there
	 * is none, keeping the filter and the page size.
	 * @param model the page's model
	 * @param path the list's path
	 * @param filter the filter fields
	 * @param page the page shown
	 * @param size the page size asked for, 0 for the default
	 * @param hasNext whether an older page exists
	 */
	public static void addPageLinks(Model model, String path, Map<String, String> filter, int page, int size,
			boolean hasNext) {
		Map<String, String> fields = new LinkedHashMap<>(filter);
		if (size > 0) {
			fields.put("size", Integer.toString(size));
		}
		model.addAttribute("previous", (page > 0) ? pageLink(path, fields, page - 1) : null);
		model.addAttribute("next", hasNext ? pageLink(path, fields, page + 1) : null);
	}

}
