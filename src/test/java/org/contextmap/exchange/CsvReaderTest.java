package org.contextmap.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

    private final Problems problems = new Problems();

    private CsvReader.Table read(String content) throws IOException {
        return read(content.getBytes(StandardCharsets.UTF_8));
    }

    private CsvReader.Table read(byte[] content) throws IOException {
        return CsvReader.read("people.csv", new ByteArrayInputStream(content), problems);
    }

    private static List<List<String>> fields(CsvReader.Table table) {
        return table.rows().stream().map(row -> Arrays.asList(row.fields())).toList();
    }

    @Test
    void readsQuotedFieldsWithCommasQuotesAndLineBreaks() throws IOException {
        var table = read("id,summary\r\nI1,\"in the park, at night\"\r\nI2,\"said \"\"run\"\"\nthen left\"\r\nI3,plain\r\n");

        assertThat(table.header()).containsExactly("id", "summary");
        assertThat(fields(table)).containsExactly(
                List.of("I1", "in the park, at night"),
                List.of("I2", "said \"run\"\nthen left"),
                List.of("I3", "plain"));
        assertThat(table.rows()).extracting(CsvReader.CsvRecord::line).containsExactly(2, 3, 5);
        assertThat(problems.hasErrors()).isFalse();
    }

    @Test
    void skipsByteOrderMarkAndBlankLinesAndReadsALastLineWithoutBreak() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] rest = "id,name\n\nYP1,Amira\n\nYP2,Zoë".getBytes(StandardCharsets.UTF_8);
        byte[] content = new byte[bom.length + rest.length];
        System.arraycopy(bom, 0, content, 0, bom.length);
        System.arraycopy(rest, 0, content, bom.length, rest.length);

        var table = read(content);

        assertThat(table.header()).containsExactly("id", "name");
        assertThat(fields(table)).containsExactly(List.of("YP1", "Amira"), List.of("YP2", "Zoë"));
        assertThat(table.rows()).extracting(CsvReader.CsvRecord::line).containsExactly(3, 5);
    }

    @Test
    void keepsEmptyFields() throws IOException {
        assertThat(fields(read("a,b,c\n,,\n"))).containsExactly(List.of("", "", ""));
    }

    @Test
    void reportsAQuoteInsideAnUnquotedField() throws IOException {
        var table = read("id,name\nYP1,Kai \"KJ\" Johnson\n");

        assertThat(table.rows().getFirst().malformed()).isTrue();
        assertThat(problems.errors()).extracting(Problem::toString).containsExactly(
                "people.csv:2: name: malformed quoting: a quote inside an unquoted field; put the whole field in "
                        + "quotes and double the quote inside it");
    }

    @Test
    void reportsTextAfterAClosingQuote() throws IOException {
        read("id,name\nYP1,\"Kai\" Johnson\nYP2,Ben\n");

        assertThat(problems.errors()).extracting(Problem::toString).containsExactly(
                "people.csv:2: name: malformed quoting: text after the closing quote; put the whole field in quotes "
                        + "and double any quote inside it");
    }

    @Test
    void reportsAQuoteThatIsNeverClosedAtTheLineWhereTheRowStarts() throws IOException {
        read("id,name\nYP1,Amira\nYP2,\"Ben\nYP3,Cara\n");

        assertThat(problems.errors()).extracting(Problem::toString).containsExactly(
                "people.csv:3: name: malformed quoting: the quote that opens this field is never closed");
    }

    @Test
    void reportsTheLineAndColumnOfTextThatIsNotUtf8() throws IOException {
        byte[] latin1 = "id,name\nYP1,Amira\nYP2,Zoë\n".getBytes(StandardCharsets.ISO_8859_1);

        read(latin1);

        assertThat(problems.errors()).extracting(Problem::toString).containsExactly(
                "people.csv:3: name: unreadable encoding: byte 0xEB is not valid UTF-8; save the file as UTF-8");
    }

    @Test
    void reportsAnEmptyFile() throws IOException {
        read("");

        assertThat(problems.errors()).extracting(Problem::toString)
                .containsExactly("people.csv:1: (file): the file is empty; it needs at least a header row");
    }
}
