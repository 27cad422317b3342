package io.orderflow.web;

import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * The field a JSON mapping error is about, as a client writes it:
 * {@code lines[0].quantity}.
 */
public final class JsonPaths {

	private JsonPaths() {
	}

	public static String of(JsonMappingException e) {
		StringBuilder path = new StringBuilder();
		for (JsonMappingException.Reference ref : e.getPath()) {
			if (ref.getFieldName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
			}
			else {
				path.append('[').append(ref.getIndex()).append(']');
			}
		}
		return path.isEmpty() ? "body" : path.toString();
	}

}
