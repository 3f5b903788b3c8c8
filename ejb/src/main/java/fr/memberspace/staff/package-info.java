/**
 * Who the staff are: platform administrators and support agents ({@code staff_member}), the
 * mutuals each agent may reach ({@code staff_mutual}), and {@link fr.memberspace.staff.control.StaffScope},
 * which every back-office boundary asks who is calling and what they may reach. It depends
 * on no other feature, so that every feature's boundaries may use it; the staff's sign-in
 * and the team page are the {@code team} feature.
 */
package fr.memberspace.staff;
