/** User-facing texts as values (a code and its arguments) and their resolution in the reader's language. */
package org.cityscore.text;
