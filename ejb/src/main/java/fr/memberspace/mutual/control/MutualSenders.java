package fr.memberspace.mutual.control;

import fr.memberspace.mail.control.MailTemplates;
import fr.memberspace.mutual.entity.Mutual;
import fr.memberspace.request.PublicAddress;

/** Who a mutual's e-mails come from, and how they look: its no-reply sender, name, colour and logo. */
public final class MutualSenders {

    private MutualSenders() {
    }

    /** The mutual's sender; its logo, if it has one, as the address its pages serve it at. */
    public static MailTemplates.Sender of(Mutual mutual) {
        var logo = mutual.getLogoPng() == null ? null : PublicAddress.base() + "/" + mutual.getCode() + "/logo.png";
        return new MailTemplates.Sender(mutual.getSenderAddress(), mutual.getName(), BrandColour.of(mutual), logo);
    }
}
