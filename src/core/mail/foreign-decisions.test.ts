import { describe, expect, it } from "vitest";
import { foreignDecision } from "./foreign-decisions.js";

// Made-up letters from made-up employers, in the languages the reader knows.
describe("a company's decision written in another language", () => {
  it.each([
    ["Tras revisar los perfiles, hemos decidido continuar con otros candidatos para el puesto.", "rejection"],
    ["Lamentablemente no continuarás en el proceso de selección.", "rejection"],
    ["Después de revisar los perfiles, decidimos continuar con otro candidato.", "rejection"],
    ["Nous avons décidé de poursuivre avec un autre candidat pour ce poste.", "rejection"],
    ["Informamos que optamos por seguir com outros candidatos nesta fase.", "rejection"],
    ["Nous ne pouvons malheureusement pas donner une suite favorable à votre candidature.", "rejection"],
    ["Leider haben wir uns für einen anderen Bewerber entschieden.", "rejection"],
    ["Abbiamo deciso di proseguire con altri candidati.", "rejection"],
    ["We hebben besloten om verder te gaan met een andere kandidaat.", "rejection"],
    ["Nos complace ofrecerte el puesto de jefa de tienda.", "offer"],
    ["Veuillez trouver ci-joint votre promesse d'embauche.", "offer"],
    ["Wir freuen uns, Ihnen die Stelle als Lagerleiter\nin Bremen anbieten zu können.", "offer"],
    ["Im Anhang finden Sie den Arbeitsvertrag zur Unterschrift.", "offer"],
    ["Temos o prazer de lhe oferecer a vaga de analista.", "offer"],
  ])("%s", (text, decision) => {
    expect(foreignDecision(text)?.decision).toBe(decision);
  });

  it("quotes the whole sentence, across a hard wrap and past an initial", () => {
    const found = foreignDecision(
      "Bonjour,\n\nSuite à votre appel avec M. Rivaud, veuillez trouver\nci-joint votre promesse d'embauche.\n\nCordialement",
    );
    expect(found?.quote).toBe(
      "Suite à votre appel avec M. Rivaud, veuillez trouver ci-joint votre promesse d'embauche.",
    );
  });

  it.each([
    "Si no has sido seleccionado, te avisaremos por correo.",
    "Vielen Dank für Ihre Bewerbung als Lagerleiter.",
    "Gracias por tu interés; seguimos revisando las candidaturas.",
    "Falls wir uns für einen anderen Bewerber entschieden haben, melden wir uns.",
    "Merci pour l'entretien de mardi, nous revenons vers vous la semaine prochaine.",
    "Thank you for your application to the warehouse role.",
  ])("no decision in: %s", (text) => {
    expect(foreignDecision(text)).toBeUndefined();
  });
});
