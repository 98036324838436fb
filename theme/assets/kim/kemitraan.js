// The partnership board (/kemitraan/) and the pages per province (/kemitraan/<province>/).
// Plain ES modules, no libraries and no inline code (CSP script-src 'self'):
// kemitraan-board.js (the board's filters and cards from its index), kemitraan-programmes.js
// (the partners' programmes on the board), kemitraan-province.js (a province's page
// filtered by its address), sharing kemitraan-filter.js (what a filter keeps),
// kemitraan-cards.js (the cards written in the browser), kemitraan-url.js (the filters in
// the address) and util.js.
import { byId } from "./util.js";
import { board } from "./kemitraan-board.js";
import { provincePage } from "./kemitraan-province.js";

const form = byId("kem-form");
if (form && form.dataset.index) board(form);
const province = byId("kem-province");
if (province) provincePage(province);
