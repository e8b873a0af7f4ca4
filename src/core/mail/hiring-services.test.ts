import { describe, expect, it } from "vitest";
import type { EmailDoc } from "../read/documents.js";
import { organisationDomain } from "./company-domain.js";
import {
  agencyClient,
  clientNamed,
  companiesNamed,
  isJobAlert,
  isPersonalAside,
  isPersonalDomain,
  isServiceDomain,
  isServiceNoticeOfOwnProcess,
  serviceOf,
} from "./hiring-services.js";
import { nameFitsDomain } from "./match-application.js";
import { hiringConversation, normalSubject, replySubject } from "./read-hiring-mail.js";

/** Everyone and every company here is made up. */
function mail(fields: Partial<EmailDoc>): EmailDoc {
  return { kind: "email", source: "m.eml", references: [], to: [], cc: [], text: "", ...fields };
}
const ME = { names: ["Robin Calder"], addresses: ["robin.calder@fastmail.com"] };
const ROBIN = { name: "Robin Calder", email: "robin.calder@fastmail.com" };

describe("hiring services", () => {
  it.each([
    ["hire.lever.co", true],
    ["myworkday.com", true],
    ["s.seek.com.au", true],
    ["hackerrankforwork.com", true],
    ["quillfeather.example", false],
    ["notlever.co", false],
  ])("%s is a service: %s", (domain, is) => {
    expect(isServiceDomain(domain)).toBe(is);
  });

  it("reads a calendar's own sender as a service, not the company of the same domain", () => {
    expect(serviceOf("calendar-notification@google.com")).toBe("google.com");
    expect(serviceOf("someone@google.com")).toBeUndefined();
    expect(serviceOf("no-reply@hire.lever.co")).toBe("lever.co");
  });

  it("knows mail providers' domains in any country", () => {
    expect(isPersonalDomain("yahoo.co.uk")).toBe(true);
    expect(isPersonalDomain("btinternet.com")).toBe(true);
    expect(isPersonalDomain("talktalk.net")).toBe(true);
    expect(isPersonalDomain("quillfeather.example")).toBe(false);
  });

  it("reads a body named for a place by the place's domain", () => {
    expect(nameFitsDomain("City of Aldmoor", "aldmoor.example")).toBe(true);
    expect(nameFitsDomain("Bolt & Nut", "boltnut.example")).toBe(true);
    expect(nameFitsDomain("City of Aldmoor", "cityhall.example")).toBe(false);
  });

  it("tells public bodies under a registry's suffix apart", () => {
    expect(organisationDomain("jobs@mail.oakfordhealth.nhs.uk")).toBe("oakfordhealth.nhs.uk");
    expect(organisationDomain("hr@ferncliff.nsw.gov.au")).toBe("ferncliff.nsw.gov.au");
    expect(organisationDomain("a.b@quillfeather.co.uk")).toBe("quillfeather.co.uk");
  });
});

describe("companiesNamed", () => {
  it("takes the employer from a tracking system's sender name, not the service's", () => {
    const doc = mail({
      from: { name: "Quillfeather Books", email: "quillfeather@myworkday.com" },
      to: [ROBIN],
      subject: "Thank you for applying",
      text: "Thank you for applying for the Editor role at Quillfeather Books.",
    });
    expect(companiesNamed(doc, "myworkday.com")[0]).toBe("Quillfeather Books");
    const own = mail({ from: { name: "Calendly", email: "no-reply@calendly.com" }, text: "" });
    expect(companiesNamed(own, "calendly.com")).toEqual([]);
  });

  it("prefers a company after 'at' to a role after 'for', and never takes a role or a person", () => {
    const doc = mail({
      from: { name: "Job Board", email: "noreply@s.seek.com.au" },
      text: "Your application for Senior Financial Analyst at Marram Dune Energy was submitted.",
    });
    expect(companiesNamed(doc, "seek.com.au")).toEqual(["Marram Dune Energy"]);
    const inmail = mail({
      from: { name: "Tove Lind via LinkedIn", email: "inmail-hit-reply@linkedin.com" },
      subject: "Tove Lind sent you a message: Data role at Brackenfold",
      text: "",
    });
    expect(companiesNamed(inmail, "linkedin.com")).toEqual(["Brackenfold"]);
  });

  it("finds an agency's client, in English or German, and by how an agency writes", () => {
    expect(clientNamed(mail({ text: "My client, Osprey Mutual, is growing its claims team." }))).toBe(
      "Osprey Mutual",
    );
    expect(clientNamed(mail({ text: "im Auftrag unseres Kunden Kranfeld Logistik suche ich" }))).toBe(
      "Kranfeld Logistik",
    );
    const search = mail({
      from: { name: "Ines Ward", email: "ines@wardsearch.example" },
      text: "I'm leading a search for a Head of Data at Fennick Ports.\n\nInes Ward | Ward Executive Search",
    });
    expect(agencyClient(search, "wardsearch.example")).toBe("Fennick Ports");
    expect(clientNamed(mail({ text: "I can now tell you the client is Osprey Mutual. They'd like" }))).toBe(
      "Osprey Mutual",
    );
    const sent = mail({ text: "Following our chat, I've sent your CV to Brisamar Foods for the role." });
    expect(companiesNamed(sent)).toEqual(["Brisamar Foods"]);
    const direct = mail({ text: "I'm the hiring manager for the Head of Data role at Fennick Ports." });
    expect(agencyClient(direct, "fennickports.example")).toBeUndefined();
  });
});

describe("hiring mail in other languages", () => {
  it.each([
    ["Wir würden Sie gerne zu einem Vorstellungsgespräch einladen.", "an invitation to interview"],
    ["Nos gustaría invitarte a una entrevista el jueves.", "an invitation to interview"],
    ["Vielen Dank für Ihre Bewerbung als Entwickler.", "mail about your interview or application"],
    [
      "Gracias por tu interés. Sobre tu candidatura: seguimos en contacto.",
      "mail about your interview or application",
    ],
  ])("%j is %s", (text, reason) => {
    const doc = mail({ from: { name: "Ana Ruiz", email: "ana.ruiz@brisamar.example" }, to: [ROBIN], text });
    expect(hiringConversation(doc, ME)).toBe(reason);
  });

  it("reads the candidate applying by mail as a hiring conversation", () => {
    const doc = mail({
      from: ROBIN,
      to: [{ email: "jobs@brisamar.example" }],
      subject: "Application - Editor (Ref 12)",
      text: "Please find attached my CV and cover letter.",
    });
    expect(hiringConversation(doc, ME)).toBe("your application");
  });
});

describe("thread subjects", () => {
  it("takes off reply and auto-reply prefixes in several languages", () => {
    const key = "offer - operations analyst";
    expect(normalSubject("Offer - Operations Analyst")).toBe(key);
    expect(replySubject("RE: AW: Offer - Operations Analyst")).toBe(key);
    expect(replySubject("Automatic reply: Offer - Operations Analyst")).toBe(key);
    expect(replySubject("Abwesenheitsnotiz: AW: Offer - Operations Analyst")).toBe(key);
    expect(replySubject("Respuesta automática: Offer - Operations Analyst")).toBe(key);
  });

  it("gives no key for a new thread, a forward, or a subject too short to tell threads apart", () => {
    expect(replySubject("Offer - Operations Analyst")).toBeUndefined();
    expect(replySubject("Fwd: Offer - Operations Analyst")).toBeUndefined();
    expect(replySubject("Re: Thank you")).toBeUndefined();
  });
});

describe("isServiceNoticeOfOwnProcess", () => {
  it.each([
    ["How was your recent interview with Quillfeather Press?", "We'd love to hear about it."],
    ["Candidate survey", "Thank you for taking the time to interview with Quillfeather Press."],
    ["Confirmed: Robin Calder and Maren Osei", "A new event has been scheduled."],
    ["Your application status has changed", "Log in to see it."],
    ["Quillfeather Press has sent you a message", "Log in to read it."],
    ["Next step", "Quillfeather Press has invited you to complete an online assessment."],
    // In other languages.
    ["Quillfeather Press te ha invitado a una evaluación", "Tienes 5 días para completarla."],
    ["Confirmado: Llamada con Maren Osei", "Tu evento está confirmado."],
    ["Atualização", "Sua candidatura para Editora foi recebida."],
    ["Rappel", "Votre entretien avec Quillfeather Press aura lieu lundi."],
    ["Neuigkeiten", "Quillfeather Press hat Sie eingeladen, einen Test zu machen."],
  ])("a notice about the candidate's own process: %s", (subject, text) => {
    expect(isServiceNoticeOfOwnProcess(mail({ subject, text }))).toBe(true);
  });
  it.each([
    ["New jobs at Quillfeather Press that match your alert", "Editor, Bristol. Manage your job alerts."],
    ["Jobs you may like", "Production editor at Quillfeather Press, based on your application history."],
    ["Quillfeather Press is hiring", "See the roles."],
  ])("a job alert, even naming the same company: %s", (subject, text) => {
    const doc = mail({ subject, text });
    expect(isServiceNoticeOfOwnProcess(doc)).toBe(false);
    expect(isJobAlert(doc)).toBe(true);
  });
  it.each([
    ["Nuevas ofertas para ti", "Editora, Quillfeather Press. Tu candidatura a un clic."],
    ["Neue Jobs für dich", "Lektorin bei Quillfeather Press. Ihre Bewerbung in einem Klick."],
  ])("a job alert in another language, even with words of a process: %s", (subject, text) => {
    expect(isServiceNoticeOfOwnProcess(mail({ subject, text }))).toBe(false);
  });
});

describe("isPersonalAside", () => {
  it.each([
    ["how did it go??", "How did the Quillfeather interview go? Fingers crossed. Drinks Friday?"],
    ["!!!", "Congrats on the new job, you star."],
  ])("a friend asking or cheering: %s", (subject, text) => {
    expect(isPersonalAside(mail({ subject, text }))).toBe(true);
  });
  it.each([
    ["Quick note", "I heard from Quillfeather that the final round is on. Good luck."],
    ["Checking in", "How did the interview go? Let me know your thoughts and I'll feed back to the client."],
    ["Great news", "Congratulations on your new role: we're delighted to offer you the position."],
  ])("the company or its recruiter writing: %s", (subject, text) => {
    expect(isPersonalAside(mail({ subject, text }))).toBe(false);
  });
});
