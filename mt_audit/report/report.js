// mt-audit report.html: sortable tables, opening an article from a link, ?article=ID shows one article.
// Ids in id/href/data-f attributes are encoded as in mt_audit/report/view.py encode_id: letters, digits
// and "-" kept, every other character "_xx" per UTF-8 byte. ?article= takes the raw article id.
(function(){
function encodeId(s){var out='',utf8=new TextEncoder();for(var ch of s){if(/^[A-Za-z0-9-]$/.test(ch)){out+=ch;continue;}
utf8.encode(ch).forEach(function(b){out+='_'+(b<16?'0':'')+b.toString(16);});}return out;}
function key(td){var v=td.getAttribute('data-v');if(v===null)v=td.textContent;var n=parseFloat(v);
return v!==''&&!isNaN(n)&&isFinite(v)?[0,n]:[v===''?2:1,v.toLowerCase()];}
document.querySelectorAll('table.sortable th').forEach(function(th){th.addEventListener('click',function(){
var t=th.closest('table'),b=t.tBodies[0],i=+th.getAttribute('data-col'),asc=!th.classList.contains('asc');
t.querySelectorAll('th').forEach(function(h){h.classList.remove('asc','desc')});th.classList.add(asc?'asc':'desc');
var rows=Array.prototype.slice.call(b.rows);rows.sort(function(x,y){var a=key(x.cells[i]),c=key(y.cells[i]);
if(a[0]!==c[0])return a[0]-c[0];var r=a[1]<c[1]?-1:a[1]>c[1]?1:0;return asc?r:-r;});
rows.forEach(function(r){b.appendChild(r)});});});
function open(){var h=location.hash.slice(1);if(!h)return;var el=document.getElementById(h);
if(!el)return;var d=el.closest('details');if(d)d.open=true;el.scrollIntoView();}
window.addEventListener('hashchange',open);
var solo=new URLSearchParams(location.search).get('article');
if(solo!==null){var el=document.getElementById('article-'+encodeId(solo));if(el){document.body.classList.add('solo');
el.classList.add('shown');el.open=true;}}else{open();}
window.addEventListener('beforeprint',function(){document.querySelectorAll('details').forEach(function(d){d.open=true})});
})();
