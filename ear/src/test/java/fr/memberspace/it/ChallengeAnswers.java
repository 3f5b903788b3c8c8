package fr.memberspace.it;

import org.openqa.selenium.By;

/** Answers the anti-robot challenge of a page as a member would: the picture of the word. */
public final class ChallengeAnswers {

    private ChallengeAnswers() {
    }

    /** The random id of the right picture, which only the server knows (asked through the support module). */
    public static String rightPicture(Browser browser) {
        var challenge = browser.present(By.name("challenge")).getAttribute("value");
        return Http.get(Deployments.SUPPORT_CONTEXT + "/challenge-answer?id=" + challenge).body();
    }

    public static void click(Browser browser, String pictureId) {
        browser.click(By.xpath("//input[@name='answer'][@value='" + pictureId + "']/ancestor::label"));
    }

    public static void clickRightPicture(Browser browser) {
        click(browser, rightPicture(browser));
    }

    public static String aWrongPicture(Browser browser) {
        var right = rightPicture(browser);
        return browser.driver().findElements(By.name("answer")).stream()
                .map(radio -> radio.getAttribute("value"))
                .filter(id -> !id.equals(right))
                .findFirst().orElseThrow();
    }
}
