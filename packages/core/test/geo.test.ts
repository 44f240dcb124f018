import { expect } from '@open-wc/testing';
import { boundsCenter, boundsOf, containsPoint, haversineKm, padBounds, parseLatLng, walkingMinutes } from '@chiiki/core';

describe('geo', () => {
  it('haversine with R = 6371 km', () => {
    // Tokyo Station → Osaka Station: about 403 km on a sphere of R = 6371 km.
    const km = haversineKm({ lat: 35.6812, lng: 139.7671 }, { lat: 34.7025, lng: 135.4959 });
    expect(km).to.be.closeTo(403.5, 1);
    // One degree of latitude = 2πR/360.
    expect(haversineKm({ lat: 0, lng: 0 }, { lat: 1, lng: 0 })).to.be.closeTo((2 * Math.PI * 6371) / 360, 1e-9);
    expect(haversineKm({ lat: 32.88, lng: 130.87 }, { lat: 32.88, lng: 130.87 })).to.equal(0);
    // Symmetric, and stable for antipodes.
    expect(haversineKm({ lat: 10, lng: 20 }, { lat: -10, lng: -160 })).to.be.closeTo(Math.PI * 6371, 1e-3);
  });

  it('walking minutes at 60 m/min, rounded up', () => {
    expect(walkingMinutes(0)).to.equal(0);
    expect(walkingMinutes(0.06)).to.equal(1);
    expect(walkingMinutes(0.061)).to.equal(2);
    expect(walkingMinutes(1.2)).to.equal(20);
    expect(walkingMinutes(NaN)).to.equal(0);
  });

  it('bounds of points with coordinates, contains, centre, padding', () => {
    const b = boundsOf([{ lat: 32.9, lng: 130.9 }, {}, { lat: 32.8, lng: 130.7 }, { lat: NaN, lng: 1 }])!;
    expect(b).to.deep.equal({ south: 32.8, west: 130.7, north: 32.9, east: 130.9 });
    expect(containsPoint(b, { lat: 32.85, lng: 130.8 })).to.equal(true);
    expect(containsPoint(b, { lat: 33, lng: 130.8 })).to.equal(false);
    expect(boundsCenter(b).lat).to.be.closeTo(32.85, 1e-9);
    const padded = padBounds(b, 1);
    expect(haversineKm({ lat: padded.north, lng: 130.8 }, { lat: b.north, lng: 130.8 })).to.be.closeTo(1, 0.01);
    expect(boundsOf([])).to.equal(undefined);
  });

  it('parses "lat,lng" attributes', () => {
    expect(parseLatLng('32.88,130.87')).to.deep.equal({ lat: 32.88, lng: 130.87 });
    expect(parseLatLng('３２.８８， １３０.８７')).to.deep.equal({ lat: 32.88, lng: 130.87 });
    expect(parseLatLng('x,1')).to.equal(undefined);
    expect(parseLatLng('95,1')).to.equal(undefined);
  });
});

describe('@chiiki/core/geo (DOM-free subpath for workers)', () => {
  it('is the same module as the main entry, and imports nothing (no Lit, no i18next in a worker)', async () => {
    const geo = await import('@chiiki/core/geo');
    const core = await import('@chiiki/core');
    expect(geo.haversineKm).to.equal(core.haversineKm);
    expect(geo.EARTH_RADIUS_KM).to.equal(6371);
    const source = await (await fetch('/packages/core/src/geo/index.ts')).text();
    expect(source).to.not.match(/^\s*import\s/m);
  });
});
