package fr.memberspace.challenge.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

class PicturesTest {

    private static final String SVG = "http://www.w3.org/2000/svg";
    private static final Pictures CATALOGUE = Pictures.standard();

    static Stream<Picture> pictures() {
        return CATALOGUE.all().stream();
    }

    @Test
    void the_catalogue_has_at_least_14_pictures_with_distinct_keys() {
        assertThat(CATALOGUE.size()).isGreaterThanOrEqualTo(14);
        assertThat(CATALOGUE.keys()).doesNotHaveDuplicates().hasSize(CATALOGUE.size());
    }

    @Test
    void every_drawing_in_the_folder_has_its_entry_and_every_entry_its_drawing() throws Exception {
        assertThat(drawingFiles()).containsExactlyInAnyOrderElementsOf(
                CATALOGUE.keys().stream().map(key -> key + ".svg").toList());
    }

    @ParameterizedTest
    @MethodSource("pictures")
    void words_are_single_lower_case_nouns_without_article(Picture picture) {
        assertThat(picture.french()).matches("\\p{Ll}+").isEqualTo(picture.french().toLowerCase(Locale.FRENCH));
        assertThat(picture.english()).matches("[a-z]+");
        assertThat(picture.resource()).isEqualTo(Picture.FOLDER + picture.key() + ".svg");
    }

    @ParameterizedTest
    @MethodSource("pictures")
    void a_drawing_is_small(Picture picture) {
        assertThat(CATALOGUE.svg(picture.key()).length).isLessThan(3 * 1024);
    }

    @ParameterizedTest
    @MethodSource("pictures")
    void a_drawing_is_a_64_pixel_svg(Picture picture) throws Exception {
        Element root = parse(CATALOGUE.svg(picture.key())).getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo(SVG);
        assertThat(root.getLocalName()).isEqualTo("svg");
        assertThat(root.getAttribute("viewBox")).isEqualTo("0 0 64 64");
    }

    @ParameterizedTest
    @MethodSource("pictures")
    void a_drawing_has_no_script_text_link_or_telling_name(Picture picture) throws Exception {
        Document svg = parse(CATALOGUE.svg(picture.key()));
        List<String> elements = new ArrayList<>();
        List<String> attributes = new ArrayList<>();
        NodeList all = svg.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            elements.add(element.getLocalName());
            NamedNodeMap attrs = element.getAttributes();
            for (int j = 0; j < attrs.getLength(); j++) {
                Attr attr = (Attr) attrs.item(j);
                if (!XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(attr.getNamespaceURI())) {
                    attributes.add(attr.getLocalName() + "=" + attr.getValue());
                }
            }
        }
        assertThat(elements).doesNotContain("script", "text", "title", "desc", "metadata", "foreignObject",
                "image", "use", "a", "style");
        assertThat(attributes).noneMatch(a -> a.startsWith("id=") || a.startsWith("class=")
                || a.startsWith("href=") || a.startsWith("on") || a.contains("url(") || a.contains("//"));
        String text = new String(CATALOGUE.svg(picture.key()), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
        assertThat(text).doesNotContain("<!doctype", "<!entity", "<?xml-stylesheet")
                .doesNotContainPattern("(?<![a-z])(" + picture.key() + "|" + picture.english() + ")(?![a-z])");
    }

    @Test
    void the_safety_check_refuses_a_doctype() {
        String withEntity = "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 64 64\">&x;</svg>";
        assertThatThrownBy(() -> parse(withEntity.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SAXException.class).hasMessageContaining("DOCTYPE");
    }

    @Test
    void a_drawing_is_handed_out_as_a_copy() {
        String key = CATALOGUE.keys().get(0);
        CATALOGUE.svg(key)[0] = 'X';
        assertThat(CATALOGUE.svg(key)[0]).isEqualTo((byte) '<');
    }

    @Test
    void an_unknown_key_has_no_picture_and_no_drawing() {
        assertThat(CATALOGUE.find("licorne")).isEmpty();
        assertThat(CATALOGUE.find("chat")).map(Picture::english).contains("cat");
        assertThatIllegalArgumentException().isThrownBy(() -> CATALOGUE.svg("licorne"));
    }

    @Test
    void a_catalogue_entry_without_its_drawing_is_refused() {
        List<Picture> entries = List.of(Picture.of("chat", "chat", "cat"), Picture.of("licorne", "licorne", "unicorn"));
        assertThatIllegalStateException().isThrownBy(() -> new Pictures(entries)).withMessageContaining("licorne");
    }

    @Test
    void two_entries_with_the_same_word_are_refused() {
        List<Picture> entries = List.of(Picture.of("chat", "chat", "cat"), Picture.of("arbre", "chat", "tree"));
        assertThatIllegalArgumentException().isThrownBy(() -> new Pictures(entries));
    }

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        factory.setNamespaceAware(true);
        DocumentBuilder builder = factory.newDocumentBuilder();
        builder.setErrorHandler(null);
        return builder.parse(new ByteArrayInputStream(xml));
    }

    private static List<String> drawingFiles() throws IOException, URISyntaxException {
        Path folder = Path.of(Pictures.class.getClassLoader().getResource(Picture.FOLDER).toURI());
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).toList();
        }
    }
}
