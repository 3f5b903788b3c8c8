package fr.memberspace.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import fr.memberspace.reliability.HostileInputs.Input;

class HostileInputsTest {

    @Test
    void everyKindTheIssueNamesIsThere() {
        var all = HostileInputs.all();

        assertThat(all).hasSizeGreaterThan(130);
        assertThat(all).map(Input::name).doesNotHaveDuplicates();
        assertThat(all).anySatisfy(v -> assertThat(v.text()).hasSizeGreaterThanOrEqualTo(64 * 1024));
        assertThat(all).anySatisfy(v -> assertThat(v.text()).hasSizeGreaterThanOrEqualTo(2 * 1024 * 1024));
        assertThat(all).anySatisfy(v -> assertThat(v.text()).contains("\u0000"));
        assertThat(all).anySatisfy(v -> assertThat(v.text()).contains("\r\n"));
        assertThat(all).anySatisfy(v -> assertThat(v.text()).contains("\u202E"));
        assertThat(all).anySatisfy(v -> assertThat(v.text()).contains("\u0301"));
        assertThat(all).anySatisfy(v -> assertThat(v.text()).contains("\uFF11"));
        assertThat(all).anySatisfy(v -> assertThat(v.text()).contains("<script>"));
        assertThat(all).anySatisfy(v -> assertThat(v.text()).startsWith("#{"));
        assertThat(all).anySatisfy(v -> assertThat(v.text()).startsWith("${"));
        assertThat(all).anySatisfy(v -> assertThat(v.text()).contains("' OR '"));
        for (char c = 1; c < 0x20; c++) {
            var control = String.valueOf(c);
            assertThat(all).anySatisfy(v -> assertThat(v.text()).contains(control));
        }
    }

    @Test
    void aLoneSurrogateTravelsAsTheBytesNoEncoderWouldWrite() {
        var surrogate = HostileInputs.all().stream().filter(v -> v.name().equals("lone high surrogate")).findFirst().orElseThrow();

        assertThat(surrogate.text()).isNull();
        assertThat(surrogate.encoded()).isEqualTo("%ED%A0%80");
        assertThat(surrogate.isMarkup()).isFalse();
    }

    @Test
    void valuesGoOnTheWireAsAscii() {
        for (var input : HostileInputs.all()) {
            assertThat(StandardCharsets.US_ASCII.newEncoder().canEncode(input.encoded())).as(input.name()).isTrue();
            assertThat(input.encoded()).as(input.name()).doesNotContain("\r", "\n", " ");
        }
    }

    @Test
    void noProbeHoldsWhatAPageMustNotShow() {
        for (var input : HostileInputs.all()) {
            if (input.text() != null) {
                assertThat(FuzzIT.LEAK.matcher(input.text()).find()).as(input.name()).isFalse();
                assertThat(HostileInputs.EVALUATED_MARKERS).noneMatch(input.text()::contains);
            }
        }
    }
}
